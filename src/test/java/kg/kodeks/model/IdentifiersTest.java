package kg.kodeks.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifiersTest {
    @Test
    void elementIdsJoinLevelsAndWriteCyrillicInLatin() {
        String art = ElementIds.child("chp_3", UnitKind.ARTICLE, "12");
        assertEquals("chp_3__art_12", art);
        assertEquals(
                "chp_3__art_12__para_2__point_1__subpoint_b",
                ElementIds.child(
                        ElementIds.child(ElementIds.child(art, UnitKind.PART, "2"), UnitKind.POINT, "1"),
                        UnitKind.SUBPOINT,
                        "б"));
        assertEquals("subpoint_ng", ElementIds.level(UnitKind.SUBPOINT, "ң"));
        assertEquals("art_12-1", ElementIds.level(UnitKind.ARTICLE, "12-1"));
        assertEquals(List.of("chp_3", "art_12"), ElementIds.levels(art));
    }

    @Test
    void theShortFormStartsAtTheArticle() {
        assertEquals("art_12__para_2", ElementIds.shortForm("sec_i__chp_3__art_12__para_2"));
        assertEquals("art_12", ElementIds.shortForm("art_12"));
        assertEquals("chp_3", ElementIds.shortForm("chp_3"));
    }

    @Test
    void parsesAndPrintsWorkUris() {
        WorkId work = WorkId.parse(" /akn/kg/act/law/2011-07-15/101 ");
        assertEquals("law", work.type());
        assertEquals(LocalDate.of(2011, 7, 15), work.date());
        assertEquals("101", work.number());
        assertEquals("/akn/kg/act/law/2011-07-15/101/kir", work.expression(Language.KIR));
    }

    @Test
    void refusesMalformedWorkUrisSayingWhatTheyShouldLookLike() {
        for (String bad : new String[] {
            "",
            "law 101",
            "/akn/kg/act/law/2011-13-40/101",
            "/akn/kg/act/Law/2011-07-15/101",
            "/akn/kg/act/law/2011-07-15/"
        }) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkId.parse(bad), bad);
            assertTrue(e.getMessage().contains("'"), e.getMessage());
        }
    }

    @Test
    void parsesUnitAddressesWithFullAndShortElementIds() {
        UnitRef ref = UnitRef.parse("/akn/kg/act/law/2011-07-15/101/rus#art_12__para_2");
        assertEquals(Language.RUS, ref.language());
        assertEquals("art_12__para_2", ref.eid());
        assertEquals("/akn/kg/act/law/2011-07-15/101/rus#art_12__para_2", ref.toString());
        assertEquals(
                Language.KIR,
                UnitRef.parse("/akn/kg/act/law/2011-07-15/101/ky#chp_3__art_12").language());
        assertThrows(IllegalArgumentException.class, () -> UnitRef.parse("/akn/kg/act/law/2011-07-15/101/rus"));
        assertThrows(IllegalArgumentException.class, () -> UnitRef.parse("/akn/kg/act/law/2011-07-15/101/rus#"));
        assertThrows(IllegalArgumentException.class, () -> UnitRef.parse("/akn/kg/act/law/2011-07-15/101/fr#art_1"));
    }

    @Test
    void languagesAcceptThreeAndTwoLetterCodesInAnyCase() {
        assertEquals(Language.KIR, Language.parse("kir"));
        assertEquals(Language.KIR, Language.parse(" KY "));
        assertEquals(Language.RUS, Language.parse("Rus"));
        assertEquals(Language.RUS, Language.parse("ru"));
        assertEquals(Language.RUS, Language.KIR.other());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Language.parse("en"));
        assertTrue(e.getMessage().contains("kir, ky, rus or ru"));
        assertThrows(IllegalArgumentException.class, () -> Language.parse(null));
    }

    @Test
    void actsFindUnitsByFullOrShortId() {
        Unit part = new Unit(UnitKind.PART, "chp_1__art_2__para_1", "1", "", "текст", false, List.of(), 0, List.of());
        Unit article = new Unit(UnitKind.ARTICLE, "chp_1__art_2", "2", "", "", false, List.of(), 0, List.of(part));
        Unit chapter = new Unit(UnitKind.CHAPTER, "chp_1", "1", "", "", false, List.of(), 0, List.of(article));
        Act act = new Act(
                new ActMeta(
                        WorkId.parse("/akn/kg/act/law/2011-07-15/101"),
                        Language.RUS,
                        "T",
                        ActStatus.IN_FORCE,
                        "",
                        List.of(),
                        false),
                "",
                List.of(chapter));
        assertEquals(part, act.find("art_2__para_1").orElseThrow());
        assertEquals(part, act.find("chp_1__art_2__para_1").orElseThrow());
        assertEquals(3, act.pathTo("art_2__para_1").size());
        assertTrue(act.find("art_3").isEmpty());
    }
}
