package kg.kodeks.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import kg.kodeks.model.Language;
import kg.kodeks.workspace.Workspace;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewStorageTest {
    @TempDir
    Path dir;

    @Test
    void roundsAndCommentsSurviveARoundTripThroughTheRepository() throws Exception {
        Workspace ws = DraftsFixture.create(dir);
        try (RepositoryDraftVersions drafts = RepositoryDraftVersions.open(ws.drafts())) {
            ReviewService review = DraftsFixture.service(ws, drafts, DraftsFixture.TODAY);
            Round round = review.open("v2", LocalDate.of(2026, 3, 17), null, Language.RUS);
            assertEquals("r1", round.id());
            assertEquals(drafts.resolve("v2"), round.commit());
            Comment c = review.add(
                    "r1",
                    "ст. 14 ч. 2",
                    "Асанова А., Союз местных самоуправлений",
                    "Уточнить: «учёт земель»\nвторая строка",
                    "Органы ведут учёт: «земель»");
            assertEquals("r1-001", c.id());
            assertEquals("chp_2__art_14__para_2", c.unit());
            assertEquals("Союз местных самоуправлений", c.organisation());
            review.decide("r1-001", Decision.PARTLY, "Учтено частично: см. ст. 15", "Секретариат");
        }
        // A fresh reading from the files alone gives back what was written.
        try (RepositoryDraftVersions drafts = RepositoryDraftVersions.open(ws.drafts())) {
            ReviewService review = DraftsFixture.service(ws, drafts, DraftsFixture.TODAY);
            Round round = review.round("r1");
            assertEquals("v2", round.version());
            assertEquals(LocalDate.of(2026, 3, 17), round.due());
            assertEquals(DraftsFixture.TODAY, round.opened());
            assertTrue(round.open());
            Comment c = review.comment("r1-001");
            assertEquals("Асанова А.", c.author());
            assertEquals("Уточнить: «учёт земель»\nвторая строка", c.text());
            assertEquals("Органы ведут учёт: «земель»", c.proposal());
            assertEquals(Decision.PARTLY, c.decision());
            assertEquals("Учтено частично: см. ст. 15", c.reason());
            assertEquals("Секретариат", c.decidedBy());
            assertEquals(DraftsFixture.TODAY, c.decidedOn());
        }
        String yaml = Files.readString(ws.drafts().resolve("review/r1/r1-001.yaml"));
        assertTrue(yaml.contains("unit: chp_2__art_14__para_2"), yaml);
        assertTrue(yaml.contains("status: partly"), yaml);
        try (Git git = Git.open(ws.drafts().toFile())) {
            assertTrue(git.status().call().isClean(), "every write is committed");
            List<String> messages = new java.util.ArrayList<>();
            git.log().call().forEach(commit -> messages.add(commit.getShortMessage()));
            assertTrue(messages.get(0).startsWith("Decision on review comment r1-001"), messages.toString());
            assertEquals(3 + 3, messages.size());
        }
    }

    @Test
    void anUndecidedCommentHasNoDecisionFields() throws Exception {
        Workspace ws = DraftsFixture.create(dir);
        try (RepositoryDraftVersions drafts = RepositoryDraftVersions.open(ws.drafts())) {
            ReviewService review = DraftsFixture.service(ws, drafts, DraftsFixture.TODAY);
            review.open("v3", DraftsFixture.TODAY, "iwg-1", Language.RUS);
            review.add("iwg-1", "art_12", "Бекова Н.", "Текст", null);
            Comment c = review.comment("iwg-1-001");
            assertEquals(Decision.OPEN, c.decision());
            assertEquals("", c.organisation());
            assertNull(c.decidedOn());
            assertEquals("", c.proposal());
        }
    }

    @Test
    void aCommentCommitLeavesTheDraftersUnfinishedEditsAlone() throws Exception {
        Workspace ws = DraftsFixture.create(dir);
        Path draft = ws.drafts().resolve("code.rus.md");
        Files.writeString(draft, Files.readString(draft) + "\nНезаконченная правка.\n");
        try (RepositoryDraftVersions drafts = RepositoryDraftVersions.open(ws.drafts())) {
            ReviewService review = DraftsFixture.service(ws, drafts, DraftsFixture.TODAY);
            review.open("v2", DraftsFixture.TODAY, "r1", Language.RUS);
            review.add("r1", "ст. 12", "А", "Текст", null);
        }
        try (Git git = Git.open(ws.drafts().toFile())) {
            var status = git.status().call();
            assertEquals(java.util.Set.of("code.rus.md"), status.getModified());
            assertTrue(
                    status.getUntracked().isEmpty() && status.getAdded().isEmpty(),
                    status.getUntracked().toString());
        }
    }
}
