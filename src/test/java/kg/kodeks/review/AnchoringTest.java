package kg.kodeks.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kg.kodeks.model.Language;
import kg.kodeks.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnchoringTest {
    @TempDir
    Path dir;

    @Test
    void aCommentFollowsItsArticleAfterRenumberingAndARemovedUnitIsReported() throws Exception {
        Workspace ws = DraftsFixture.create(dir);
        try (RepositoryDraftVersions drafts = RepositoryDraftVersions.open(ws.drafts())) {
            ReviewService review = DraftsFixture.service(ws, drafts, DraftsFixture.TODAY);
            review.open("v2", LocalDate.of(2026, 3, 20), "r1", Language.RUS);
            review.add("r1", "статья 14", "А", "О статье", null);
            review.add("r1", "ст. 14 ч. 2 п. 1", "А", "О пастбищах", null);
            review.add("r1", "15-берене", "Б", "Заём", null);
            review.add("r1", "ст. 12 ч. 2", "Б", "Срок", null);
            review.add("r1", "art_16__para_1", "Б", "Отчёт", null);

            Map<String, ListedComment> byId = review.list(ReviewService.Filter.all()).stream()
                    .collect(Collectors.toMap(l -> l.comment().id(), Function.identity()));

            ListedComment article = byId.get("r1-001");
            assertEquals("chp_2__art_14", article.comment().unit());
            assertEquals("chp_2__art_15", article.anchor().unit());
            assertEquals(Anchor.MOVED, article.anchor().how());
            assertEquals("15", article.currentArticle());
            assertTrue(
                    article.anchor().confidence() > 0.8,
                    "confidence " + article.anchor().confidence());

            ListedComment point = byId.get("r1-002");
            assertEquals("chp_2__art_15__para_2__point_1", point.anchor().unit());
            assertEquals("пункт 1 части 2 статьи 15", point.currentCitation());

            ListedComment removed = byId.get("r1-003");
            assertTrue(removed.anchor().isRemoved());
            assertNull(removed.currentCitation());
            assertEquals("статья 15", removed.citation());

            ListedComment edited = byId.get("r1-004");
            assertEquals("chp_2__art_12__para_2", edited.anchor().unit());
            assertEquals(Anchor.EDITED, edited.anchor().how());
            assertTrue(edited.anchor().confidence() < 1.0 && edited.anchor().confidence() >= 0.5);

            ListedComment same = byId.get("r1-005");
            assertEquals(Anchor.SAME, same.anchor().how());
            assertEquals(1.0, same.anchor().confidence());

            List<String> onArticle15 = review.list(new ReviewService.Filter(null, null, "15")).stream()
                    .map(l -> l.comment().id())
                    .toList();
            assertEquals(List.of("r1-001", "r1-002"), onArticle15);
        }
    }

    @Test
    void dissimilarTextUnderTheSameIdIsNotTakenForTheSameUnit() {
        assertTrue(Anchoring.similarity(
                        Anchoring.words("муниципальный заём облигации"),
                        Anchoring.words("аттестация муниципальных служащих"))
                < Anchoring.MIN_SIMILARITY);
        assertEquals(1.0, Anchoring.similarity(Anchoring.words("Статья 14 земли"), Anchoring.words("статья 15 ЗЕМЛИ")));
    }
}
