package kg.kodeks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kg.kodeks.error.Problem;
import kg.kodeks.model.Act;
import kg.kodeks.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheGoodFilesAndReportsTheBadOnesByFileAndLine() throws Exception {
        Path ws = Fixtures.workspace(dir, List.of("lsg.rus.md", "lsg.kir.md", "broken.rus.md"));
        Files.writeString(ws.resolve("corpus/no-front-matter.rus.md"), "Статья 1. Текст\n");
        Files.writeString(
                ws.resolve("corpus/bad-id.rus.md"), "---\nid: law 101\ntitle: X\nlang: rus\n---\nСтатья 1. А\n");
        CorpusReader.Result result = CorpusReader.read(ws.resolve("corpus"));
        assertEquals(2, result.corpus().acts().size());
        List<Problem> errors = result.errors();
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.stream().anyMatch(p -> p.file().equals("corpus/broken.rus.md") && p.line() == 8));
        assertTrue(errors.stream()
                .anyMatch(p -> p.file().equals("corpus/no-front-matter.rus.md")
                        && p.line() == 1
                        && p.message().contains("must start with a line \"---\"")));
        assertTrue(errors.stream()
                .anyMatch(p -> p.file().equals("corpus/bad-id.rus.md")
                        && p.line() == 2
                        && p.message().contains("/akn/kg/act/law/2011-07-15/101")));
    }

    @Test
    void bothLanguageVersionsOfAnActShareTheWorkAndTheirCounts() throws Exception {
        CorpusReader.Result result =
                CorpusReader.read(Fixtures.workspace(dir, Fixtures.GOOD).resolve("corpus"));
        Act ru = result.corpus().acts().stream()
                .filter(a -> a.meta().language() == Language.RUS)
                .findFirst()
                .orElseThrow();
        Act ky = result.corpus().acts().stream()
                .filter(a -> a.meta().language() == Language.KIR)
                .findFirst()
                .orElseThrow();
        assertEquals(ru.meta().work(), ky.meta().work());
        assertEquals(5, ru.articleCount());
        assertEquals(ru.norms().size(), ky.norms().size());
        assertEquals(
                ru.norms().stream().map(n -> n.eid()).toList(),
                ky.norms().stream().map(n -> n.eid()).toList());
        assertTrue(ru.find("art_5__para_2").orElseThrow().repealed());
        assertTrue(ky.find("art_5__para_2").orElseThrow().repealed());
        assertEquals(
                List.of("В редакции Закона КР от 12 марта 2019 года № 37"),
                ru.meta().notes());
    }

    @Test
    void aWindows1251CorpusFileIsRefusedWithAPointerToImport() throws Exception {
        Files.createDirectories(dir.resolve("corpus"));
        Files.write(
                dir.resolve("corpus/cp.rus.md"), Fixtures.act("lsg.rus.md").getBytes(Charset.forName("windows-1251")));
        CorpusReader.Result result = CorpusReader.read(dir.resolve("corpus"));
        assertTrue(result.corpus().acts().isEmpty());
        assertTrue(
                result.errors().get(0).message().contains("kodeks import"),
                result.errors().toString());
    }

    @Test
    void aSecondFileForTheSameActAndLanguageIsAnError() throws Exception {
        Path ws = Fixtures.workspace(dir, Fixtures.GOOD);
        Files.writeString(ws.resolve("corpus/copy.rus.md"), Fixtures.act("lsg.rus.md"));
        CorpusReader.Result result = CorpusReader.read(ws.resolve("corpus"));
        assertEquals(2, result.corpus().acts().size());
        assertTrue(result.errors().stream().anyMatch(p -> p.key().equals("corpus.duplicateAct")));
    }

    @Test
    void aMissingFolderIsOneProblemNotACrash() {
        CorpusReader.Result result = CorpusReader.read(dir.resolve("nothing"));
        assertTrue(result.corpus().acts().isEmpty());
        assertFalse(result.errors().isEmpty());
    }
}
