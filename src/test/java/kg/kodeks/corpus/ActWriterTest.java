package kg.kodeks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kg.kodeks.model.Act;
import kg.kodeks.model.ActMeta;
import kg.kodeks.model.ActStatus;
import kg.kodeks.model.Language;
import kg.kodeks.model.Unit;
import kg.kodeks.model.UnitKind;
import kg.kodeks.model.WorkId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActWriterTest {
    private static Act read(String name, String text) {
        ActFile file = ActReader.parse(null, name, text);
        assertTrue(file.ok(), file.problems().toString());
        return file.act();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lsg.rus.md", "lsg.kir.md"})
    void readWriteReadGivesTheSameAct(String fixture) {
        Act first = read(fixture, Fixtures.act(fixture));
        String written = ActWriter.write(first);
        Act second = read(fixture, written);
        assertEquals(ActWriter.withoutLines(first), ActWriter.withoutLines(second));
        assertEquals(written, ActWriter.write(second), "writing is stable");
    }

    @Test
    void writesStructureLinesInTheActsLanguage() {
        String ru = ActWriter.write(read("lsg.rus.md", Fixtures.act("lsg.rus.md")));
        assertTrue(ru.contains("\n# Раздел II. Органы\n"), ru);
        assertTrue(ru.contains("\n## Глава 2. Местные кенеши\n"), ru);
        assertTrue(ru.contains("\n### Статья 4. Утратила силу\n"), ru);
        assertTrue(ru.contains("\nа) местных налогах;\n"), ru);
        String ky = ActWriter.write(read("lsg.kir.md", Fixtures.act("lsg.kir.md")));
        assertTrue(ky.contains("\n# II бөлүм. Органдар\n"), ky);
        assertTrue(ky.contains("\n## 2-глава. Жергиликтүү кеңештер\n"), ky);
        assertTrue(ky.contains("\n### 3-берене. Кеңештин ыйгарым укуктары\n"), ky);
    }

    @Test
    void quotesTitlesThatYamlWouldOtherwiseMisread() {
        WorkId work = new WorkId("law", java.time.LocalDate.of(2020, 1, 2), "3");
        ActMeta meta = new ActMeta(
                work,
                Language.RUS,
                "О «порядке»: \"кавычки\" и # знаки",
                ActStatus.REPEALED,
                "src",
                List.of("Note: one"),
                false);
        Unit article = new Unit(
                UnitKind.ARTICLE,
                "art_1",
                "1",
                "Заголовок",
                "Текст статьи.",
                false,
                List.of("В редакции Закона КР от 1 мая 2020 года № 5"),
                0,
                List.of());
        Act act = new Act(meta, "Преамбула.\nВторой абзац.", List.of(article));
        Act back = read("x.md", ActWriter.write(act));
        assertEquals(act, ActWriter.withoutLines(back));
    }

    @Test
    void everyActOfTheSampleCorpusSurvivesARoundTrip() {
        CorpusReader.Result sample = CorpusReader.read(java.nio.file.Path.of("corpus"));
        assertTrue(sample.corpus().acts().size() >= 8, "the sample corpus at the repository root");
        for (Act act : sample.corpus().acts()) {
            Act back = read(act.meta().expression(), ActWriter.write(act));
            assertEquals(
                    ActWriter.withoutLines(act),
                    ActWriter.withoutLines(back),
                    act.meta().expression());
        }
    }
}
