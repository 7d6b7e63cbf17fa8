package kg.kodeks.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionTest {

    private static List<String> quantities(String text) {
        return Quantities.find(text).stream().map(Quantity::describe).toList();
    }

    @Test
    void readsDeadlinesInDigitsAndWords() {
        assertEquals(List.of("duration 10 day"), quantities("в течение десяти дней со дня подачи"));
        assertEquals(List.of("duration 10 day"), quantities("в течение 10 дней"));
        assertEquals(List.of("duration 10 day"), quantities("он күндүн ичинде"));
        assertEquals(List.of("duration 35 day"), quantities("не позднее тридцати пяти дней"));
        assertEquals(List.of("duration 1825 day"), quantities("сроком на пять лет"));
        assertEquals(List.of("duration 1825 day"), quantities("беш жылдык мөөнөткө"));
        assertEquals(List.of("duration 90 day"), quantities("в трехмесячный срок"));
        assertEquals(List.of("duration 30 day"), quantities("в течение месяца"));
        assertEquals(
                List.of("working-day"),
                Quantities.find("в течение 5 рабочих дней").stream()
                        .map(Quantity::unit)
                        .toList());
    }

    @Test
    void readsQuorumsAndMajoritiesInBothLanguages() {
        assertEquals(List.of("fraction 0.667 share"), quantities("не менее двух третей голосов"));
        assertEquals(List.of("fraction 0.667 share"), quantities("үчтөн экисинен кем эмес добушу"));
        assertEquals(List.of("fraction 0.500 share"), quantities("большинством голосов"));
        assertEquals(List.of("fraction 0.500 share"), quantities("жалпы санынын көпчүлүк добушу"));
        assertEquals(List.of("fraction 0.500 share"), quantities("не менее половины депутатов"));
        assertEquals(List.of("fraction 0.500 share"), quantities("жарымынан кем эмеси"));
        assertEquals(
                Quantities.MAJORITY, Quantities.find("более половины").get(0).value());
        assertEquals(0.5, Quantities.find("жарымынан кем эмес").get(0).value());
    }

    @Test
    void readsAgesCountsAndAmounts() {
        assertEquals(List.of("age 21 year"), quantities("достигший 21 года"));
        assertEquals(List.of("age 25 year"), quantities("25 жашка толгон"));
        assertEquals(List.of("count 7 deputy"), quantities("не менее 7 депутатов"));
        assertEquals(List.of("amount 500 som"), quantities("штраф 500 сомов"));
    }

    @Test
    void leavesDatesAndOrdinalsAlone() {
        assertTrue(quantities("от 12 марта 2019 года").isEmpty());
        assertTrue(quantities("биринчи сессиясы депутаттардын").isEmpty());
        assertTrue(quantities("части 6 статьи 4").isEmpty());
    }

    @Test
    void classifiesModalityWithNegation() {
        assertEquals(
                Modality.OBLIGATION,
                Modality.of("Айыл окмоту обязан обеспечить").modality());
        assertEquals(
                Modality.PERMISSION, Modality.of("Аким вправе приостановить").modality());
        assertEquals(
                Modality.PROHIBITION,
                Modality.of("Органы не вправе вмешиваться").modality());
        assertEquals(
                Modality.PROHIBITION,
                Modality.of("Вмешательство не допускается").modality());
        assertEquals(
                Modality.OBLIGATION,
                Modality.of("Айыл өкмөтү камсыз кылууга милдеттүү").modality());
        assertEquals(
                Modality.PERMISSION,
                Modality.of("Депутат суроо-талап жиберүүгө укуктуу").modality());
        assertEquals(
                Modality.PROHIBITION, Modality.of("Кийлигишүүгө жол берилбейт").modality());
        assertEquals(
                Modality.PROHIBITION,
                Modality.of("Кызматчынын ишкердик менен алектенүүгө укугу жок").modality());
        assertEquals(Modality.NONE, Modality.of("Отчет ежегодно публикуется").modality());
    }

    @Test
    void namesTheActingBody() {
        assertEquals(
                "akim", actor("Глава айыл окмоту назначается на должность акимом по согласованию с айылным кенешем."));
        assertEquals("head", actor("Глава айыл окмоту утверждает структуру айыл окмоту."));
        assertEquals(
                "state-bodies",
                actor(
                        "Решения органов местного самоуправления обязательны; органы государственной власти не вправе их отменять."));
        assertEquals("kenesh", actor("Айыл өкмөтүнүн башчысы айылдык кеңеш тарабынан дайындалат."));
    }

    private static String actor(String text) {
        return Bodies.actor(text, Bodies.find(text), Modality.of(text)).body();
    }

    @Test
    void readsCitationsInBothLanguages() {
        assertEquals(List.of("art_45"), targets("в соответствии со статьей 45 настоящего Закона"));
        assertEquals(List.of("art_12__para_2"), targets("предусмотренных частью 2 статьи 12"));
        assertEquals(List.of("art_5__para_1__point_3"), targets("пунктом 3 части 1 статьи 5 настоящего Закона"));
        assertEquals(List.of("art_10", "art_11", "art_12"), targets("статьями 10–12 настоящего Закона"));
        assertEquals(List.of("art_45"), targets("ушул Мыйзамдын 45-беренеси"));
        assertEquals(List.of("art_12__para_2"), targets("12-беренесинин 2-бөлүгү"));
        assertEquals(List.of("art_10", "art_11", "art_12"), targets("ушул Мыйзамдын 10–12-беренелери"));
        assertEquals(List.of("art_12-1"), targets("статьей 12-1 настоящего Закона"));
    }

    @Test
    void readsCitationsOfOtherActsByTitle() {
        Reference r = References.find("части 4 статьи 12 Закона Кыргызской Республики «О местном самоуправлении»")
                .get(0);
        assertEquals(Reference.Scope.TITLED, r.scope());
        assertEquals("О местном самоуправлении", r.title());
        Reference act = References.find("в соответствии с Законом Кыргызской Республики «О бюджете»")
                .get(0);
        assertEquals(List.of(), act.targets());
        Reference ky = References.find(
                        "«Жергиликтүү өз алдынча башкаруу жөнүндө» Кыргыз Республикасынын Мыйзамынын 12-беренеси")
                .get(0);
        assertEquals("Жергиликтүү өз алдынча башкаруу жөнүндө", ky.title());
        assertEquals(List.of("art_12"), ky.targets());
    }

    @Test
    void readsDatesOfBothLanguagesToTheSameForm() {
        assertEquals(
                List.of("2016-09-01"),
                Dates.find("с 1 сентября 2016 года").stream()
                        .map(Dates.Found::iso)
                        .toList());
        assertEquals(
                List.of("2016-10-01"),
                Dates.find("2016-жылдын 1-октябрынан").stream()
                        .map(Dates.Found::iso)
                        .toList());
        assertEquals(
                List.of("--11-15"),
                Dates.find("не позднее 15 ноября").stream()
                        .map(Dates.Found::iso)
                        .toList());
        assertEquals(
                List.of("--11-15"),
                Dates.find("15-ноябрынан кечиктирбестен").stream()
                        .map(Dates.Found::iso)
                        .toList());
    }

    private static List<String> targets(String text) {
        return References.find(text).get(0).targets();
    }
}
