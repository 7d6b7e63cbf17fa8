package kg.kodeks.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;
import kg.kodeks.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundSummaryTest {
    @TempDir
    Path dir;

    @Test
    void countsDecisionsAndListsUndecidedCommentsOnceTheDueDateHasPassed() throws Exception {
        Workspace ws = DraftsFixture.create(dir);
        LocalDate due = DraftsFixture.TODAY.plusDays(7);
        try (RepositoryDraftVersions drafts = RepositoryDraftVersions.open(ws.drafts())) {
            ReviewService review = DraftsFixture.service(ws, drafts, DraftsFixture.TODAY);
            review.open("v2", due, "r1", Language.RUS);
            review.add("r1", "ст. 12", "Асанова А., СМС", "Один", null);
            review.add("r1", "ст. 13", "Асанова А., СМС", "Два", null);
            review.add("r1", "ст. 14", "Бекова Н., Минфин", "Три", null);
            review.add("r1", "ст. 16", "Бекова Н., Минфин", "Четыре", null);
            review.decide("r1-001", Decision.ACCEPTED, "Учтено", "С");
            review.decide("r1-003", Decision.REJECTED, "Не учтено", "С");

            RoundSummary onTime = review.summary("r1");
            assertTrue(onTime.overdue().isEmpty(), "nothing is overdue before the due date");

            ReviewService later = DraftsFixture.service(ws, drafts, due.plusDays(1));
            RoundSummary s = later.summary("r1");
            assertEquals(4, s.total());
            assertEquals(Map.of("open", 2, "accepted", 1, "partly", 0, "rejected", 1), s.byStatus());
            assertEquals(
                    List.of("r1-002", "r1-004"),
                    s.overdue().stream().map(l -> l.comment().id()).toList());
            assertEquals(Map.of("accepted", 1, "open", 1), s.byAuthor().get("Асанова А., СМС"));
            assertEquals(Map.of("rejected", 1, "open", 1), s.byAuthor().get("Бекова Н., Минфин"));
        }
    }

    @Test
    void aClosedRoundTakesNoMoreCommentsButStillTakesDecisions() throws Exception {
        Workspace ws = DraftsFixture.create(dir);
        try (RepositoryDraftVersions drafts = RepositoryDraftVersions.open(ws.drafts())) {
            ReviewService review = DraftsFixture.service(ws, drafts, DraftsFixture.TODAY);
            review.open("v2", DraftsFixture.TODAY, "r1", Language.RUS);
            review.add("r1", "ст. 12", "А", "Один", null);
            review.close("r1");
            KodeksException e = org.junit.jupiter.api.Assertions.assertThrows(
                    KodeksException.class, () -> review.add("r1", "ст. 13", "А", "Два", null));
            assertEquals("round.closed", e.key());
            assertEquals(
                    Decision.ACCEPTED,
                    review.decide("r1-001", Decision.ACCEPTED, "Да", "С").decision());
            assertEquals("closed", review.round("r1").status());
        }
    }
}
