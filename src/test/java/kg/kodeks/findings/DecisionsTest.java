package kg.kodeks.findings;

import static kg.kodeks.findings.Fixtures.ALPHA;
import static kg.kodeks.findings.Fixtures.BETA;
import static kg.kodeks.findings.Fixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import kg.kodeks.corpus.CorpusReader;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Corpus;
import kg.kodeks.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionsTest {
    @TempDir
    Path dir;

    private Corpus current;

    private Findings service(Path root, boolean bundled) {
        Workspace ws = new Workspace(root, bundled);
        return new Findings(ws, () -> current, TermSource.standard());
    }

    private void read(Path root) {
        current = CorpusReader.read(root.resolve("corpus")).corpus();
    }

    private static Finding deadlineConflict(List<Finding> all) {
        return Fixtures.with(all, "conflict", unit(ALPHA, "rus", "art_3__para_1"), unit(BETA, "rus", "art_2__para_1"))
                .get(0);
    }

    @Test
    void decisionRoundTripsThroughReadableYaml() throws Exception {
        Path root = Fixtures.workspace(dir);
        read(root);
        Findings findings = service(root, false);
        Finding conflict = deadlineConflict(findings.list(EnumSet.noneOf(FindingType.class)));
        assertNull(conflict.decision());
        findings.decide(conflict.id(), "confirmed", "Сроки нужно согласовать в Кодексе", "Асель");

        Path file = root.resolve("drafts/findings/decisions.yaml");
        String yaml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(yaml.contains(conflict.id()), yaml);
        assertTrue(yaml.contains("Сроки нужно согласовать в Кодексе"), yaml);
        assertTrue(yaml.contains(unit(ALPHA, "rus", "art_3__para_1")), yaml);

        Finding again = deadlineConflict(service(root, false).list(EnumSet.noneOf(FindingType.class)));
        assertEquals("confirmed", again.decision().status());
        assertEquals("Асель", again.decision().by());
        assertEquals(false, again.decision().stale());
    }

    @Test
    void decisionFollowsRenumberedUnitsWithTheSameText() throws Exception {
        Path root = Fixtures.workspace(dir);
        read(root);
        Finding before = deadlineConflict(service(root, false).list(EnumSet.noneOf(FindingType.class)));
        service(root, false).decide(before.id(), "not-a-problem", "Разные виды заявлений", "");

        // The article is renumbered from 3 to 13; its text stays as it was.
        replace(root.resolve("corpus/alpha.rus.md"), "Статья 3. Сроки", "Статья 13. Сроки");
        read(root);
        List<Finding> after = service(root, false).list(EnumSet.noneOf(FindingType.class));
        Finding moved = Fixtures.with(
                        after, "conflict", unit(ALPHA, "rus", "art_13__para_1"), unit(BETA, "rus", "art_2__para_1"))
                .get(0);
        assertNotEquals(before.id(), moved.id());
        assertEquals("not-a-problem", moved.decision().status());
        assertEquals("Разные виды заявлений", moved.decision().reason());
    }

    @Test
    void decisionOnEditedTextIsMarkedStale() throws Exception {
        Path root = Fixtures.workspace(dir);
        read(root);
        Finding before = deadlineConflict(service(root, false).list(EnumSet.noneOf(FindingType.class)));
        service(root, false).decide(before.id(), "confirmed", "Проверено", "");

        replace(
                root.resolve("corpus/beta.rus.md"),
                "в течение 30 дней со дня его регистрации в журнале заявлений",
                "в течение 30 дней со дня его регистрации в журнале входящих заявлений");
        read(root);
        Finding edited = deadlineConflict(service(root, false).list(EnumSet.noneOf(FindingType.class)));
        assertEquals(before.id(), edited.id());
        assertTrue(edited.decision().stale());
    }

    @Test
    void refusesToRecordDecisionsInTheBundledSample() throws Exception {
        Path root = Fixtures.workspace(dir);
        read(root);
        Findings findings = service(root, true);
        String id = findings.list(EnumSet.noneOf(FindingType.class)).get(0).id();
        assertThrows(KodeksException.class, () -> findings.decide(id, "confirmed", "x", ""));
        assertTrue(Files.notExists(root.resolve("drafts/findings/decisions.yaml")));
    }

    @Test
    void refusesUnknownIdStatusAndMissingReason() throws Exception {
        Path root = Fixtures.workspace(dir);
        read(root);
        Findings findings = service(root, false);
        String id = findings.list(EnumSet.noneOf(FindingType.class)).get(0).id();
        assertEquals(
                "findings.unknownId",
                assertThrows(KodeksException.class, () -> findings.decide("0000", "confirmed", "x", ""))
                        .key());
        assertEquals(
                "findings.badStatus",
                assertThrows(KodeksException.class, () -> findings.decide(id, "maybe", "x", ""))
                        .key());
        assertEquals(
                "findings.noReason",
                assertThrows(KodeksException.class, () -> findings.decide(id, "confirmed", " ", ""))
                        .key());
    }

    @Test
    void reportsBrokenDecisionsFileByName() throws Exception {
        Path root = Fixtures.workspace(dir);
        read(root);
        Files.createDirectories(root.resolve("drafts/findings"));
        Files.writeString(root.resolve("drafts/findings/decisions.yaml"), "decisions: [unclosed");
        KodeksException e =
                assertThrows(KodeksException.class, () -> service(root, false).list(EnumSet.noneOf(FindingType.class)));
        assertTrue(e.getMessage().contains("decisions.yaml"), e.getMessage());
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
