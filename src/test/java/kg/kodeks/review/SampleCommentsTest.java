package kg.kodeks.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import kg.kodeks.Workbench;
import kg.kodeks.model.Language;
import kg.kodeks.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample comment form against the bundled sample draft, as the demo uses them. */
class SampleCommentsTest {
    @TempDir
    Path dir;

    @Test
    void theSampleFormPlacesItsRowsOnVersionV2AndFollowsThemIntoV3() throws Exception {
        Workspace sample = new Workspace(Path.of("").toAbsolutePath(), true);
        try (Workbench workbench = Workbench.init(sample, dir.resolve("ws"))) {
            ReviewService review = workbench.review();
            assertTrue(
                    review.versions().stream().anyMatch(v -> v.name().equals("v2-iwg")),
                    review.versions().toString());
            review.open("v2-iwg", LocalDate.now().plusDays(7), "r1", Language.RUS);
            ImportReport report = review.importForm(
                    workbench.workspace().inside("documents/review/sample-comments.docx"),
                    "r1",
                    "Сатыбалдиева Г. (образец), Союз местных самоуправлений (образец)");
            assertEquals(10, report.added().size());
            assertEquals(
                    List.of(12, 13),
                    report.unplaced().stream().map(ImportReport.Unplaced::row).toList());
            List<ListedComment> listed = review.list(new ReviewService.Filter("r1", null, null));
            ListedComment onRemovedArticle = listed.get(0);
            assertEquals("chp_2__art_8__para_1", onRemovedArticle.comment().unit());
            assertTrue(onRemovedArticle.anchor().isRemoved());
            ListedComment renumbered = listed.get(1);
            assertEquals("chp_3__art_9__para_2", renumbered.comment().unit());
            assertEquals("8", renumbered.currentArticle());
        }
    }
}
