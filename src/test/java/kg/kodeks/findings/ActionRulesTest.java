package kg.kodeks.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules that compare what norms do rather than all their words: the action of each modal
 * word (the verb and its object) and the object it is done to. Each rule in both languages, with a pair that must be reported and a look-alike that
 * must stay silent. The norms are sample sentences written for these tests; the topic cosine
 * given to the finder is low, so only the action can bring two norms together.
 */
class ActionRulesTest {
    private static final ConflictFinder FINDER = new ConflictFinder();
    /** Below the topic cosine at which modality and authority are compared on all the words. */
    private static final double LOW_TOPIC = 0.2;

    private static NormFacts one(String number, String lang, String article) {
        return SampleActs.one(number, lang, article);
    }

    private static List<String> subtypes(NormFacts a, NormFacts b) {
        return subtypes(a, b, LOW_TOPIC);
    }

    private static List<String> subtypes(NormFacts a, NormFacts b, double topic) {
        return FINDER.check(a, b, topic).stream().map(Finding::subtype).toList();
    }

    /** The words of each action of a text, joined, in order. */
    private static List<String> actions(String text) {
        return Action.of(text).stream()
                .map(span -> String.join(
                        " ",
                        span.ranges().stream()
                                .map(r -> text.substring(r[0], r[1]))
                                .toList()))
                .toList();
    }

    // --- what an action is made of ---

    @Test
    void readsTheActionWithoutConditionsTimeBoundsAndCircumstances() {
        assertEquals(
                List.of("Служащий выполнять иную оплачиваемую работу"),
                actions("Служащий вправе с предварительным уведомлением руководителя выполнять иную оплачиваемую "
                        + "работу, если это не повлечет конфликта интересов."));
        assertEquals(
                List.of("Айыл окмоту вынести проект бюджета на публичные слушания"),
                actions("Айыл окмоту вправе вынести проект бюджета на публичные слушания до его внесения в кенеш."));
        assertEquals(
                List.of("Кызматчы жетекчиге кабарлоо менен башка жумушту аткарууга"),
                actions("Кызматчы, эгерде бул кызыкчылыктардын кагылышына алып келбесе, жетекчиге кабарлоо менен "
                        + "башка жумушту аткарууга укуктуу."));
        assertEquals(
                List.of("Айыл өкмөтү бюджеттин долбоорун кеңешке коомдук угууларга чыгарууга"),
                actions(
                        "Айыл өкмөтү бюджеттин долбоорун кеңешке киргизгенге чейин коомдук угууларга чыгарууга укуктуу."));
    }

    @Test
    void theActionOfAListIsInItsPointAndEachModalWordHasItsOwn() {
        assertEquals(
                List.of("заниматься предпринимательской деятельностью"),
                actions("Служащему запрещается: заниматься предпринимательской деятельностью;"));
        assertEquals(
                List.of("ишкердик иш менен алектенүүгө"),
                actions("Кызматчыга төмөнкүлөргө тыюу салынат: ишкердик иш менен алектенүүгө;"));
        assertEquals(
                List.of("Депутат обращаться с запросом к должностным лицам", "которые дать письменный ответ"),
                actions("Депутат вправе обращаться с запросом к должностным лицам, которые обязаны дать письменный "
                        + "ответ."));
    }

    @Test
    void readsWhatAnActionIsDoneTo() {
        assertEquals(Set.of("бюдже"), objects("rus", "Айыл окмоту утверждает местный бюджет."));
        assertEquals(Set.of("отчет"), objects("rus", "Кенеш утверждает отчет об исполнении местного бюджета."));
        assertEquals(
                Set.of("бюдже", "отчет"),
                objects(
                        "rus",
                        "К компетенции кенеша относятся: утверждение местного бюджета и отчета о его исполнении;"));
        assertEquals(Set.of("проек"), objects("rus", "Проект бюджета в обязательном порядке выносится на слушания."));
        assertEquals(Set.of("бюдже"), objects("kir", "Айыл өкмөтү жергиликтүү бюджетти бекитет."));
        assertEquals(Set.of("долбо"), objects("kir", "Бюджеттин долбоору милдеттүү түрдө угууларга чыгарылат."));
        assertEquals(
                Set.of("көлөм"),
                objects("kir", "Ар бир бюджет үчүн трансферттин көлөмү Финансы министрлиги тарабынан аныкталат."));
    }

    private static Set<String> objects(String lang, String text) {
        return one("1", lang, text).actions.get(0).objects();
    }

    // --- modality ---

    @Test
    void findsModalityConflictStatedInDifferentWords() {
        for (String[] pair : new String[][] {
            {
                "rus",
                "Айыл окмоту вправе вынести проект местного бюджета на публичные слушания до его внесения на "
                        + "рассмотрение айылного кенеша.",
                "Проект местного бюджета в обязательном порядке выносится на публичные слушания; их проведение "
                        + "организует исполнительный орган.",
                "Айыл окмоту вправе вынести отчет о своей работе на публичные слушания до его внесения на "
                        + "рассмотрение айылного кенеша."
            },
            {
                "kir",
                "Айыл өкмөтү жергиликтүү бюджеттин долбоорун айыл кеңешине кароого киргизгенге чейин коомдук "
                        + "угууларга чыгарууга укуктуу.",
                "Жергиликтүү бюджеттин долбоору милдеттүү түрдө коомдук угууларга чыгарылат; аларды аткаруу органы "
                        + "уюштурат.",
                "Айыл өкмөтү өз ишинин отчетун айыл кеңешине кароого киргизгенге чейин коомдук угууларга чыгарууга "
                        + "укуктуу."
            }
        }) {
            NormFacts may = one("1", pair[0], pair[1]);
            NormFacts must = one("2", pair[0], pair[2]);
            NormFacts report = one("3", pair[0], pair[3]);
            assertEquals(List.of("modality"), subtypes(may, must), pair[0]);
            // The same words about another object (a report on the body's work): another action.
            assertTrue(subtypes(report, must).isEmpty(), pair[0]);
        }
    }

    @Test
    void aModalWordInAnotherClauseGovernsItsOwnAction() {
        for (String[] pair : new String[][] {
            {
                "rus",
                "Решения кенеша могут быть отменены только судом; органы государственной власти не вправе "
                        + "приостанавливать действие таких решений.",
                "Аким вправе приостановить действие решения кенеша, противоречащего законодательству, до его "
                        + "рассмотрения судом.",
                "Решения кенеша могут быть отменены только судом; органы государственной власти не вправе "
                        + "запрашивать у кенеша подлинники таких решений."
            },
            {
                "kir",
                "Кеңештин чечимдери сот тарабынан гана жокко чыгарылышы мүмкүн; мамлекеттик бийлик органдары "
                        + "мындай чечимдердин аракетин токтотууга укугу жок.",
                "Аким мыйзамдарга каршы келген кеңештин чечиминин аракетин сот караганга чейин токтотууга укуктуу.",
                "Кеңештин чечимдери сот тарабынан гана жокко чыгарылышы мүмкүн; мамлекеттик бийлик органдары "
                        + "кеңештен мындай чечимдердин түп нускаларын талап кылууга укугу жок."
            }
        }) {
            NormFacts forbids = one("1", pair[0], pair[1]);
            NormFacts akim = one("2", pair[0], pair[2]);
            NormFacts other = one("3", pair[0], pair[3]);
            // The first norm also permits (courts may annul): its prohibition still meets the akim's power.
            assertTrue(forbids.modalities.contains(Modality.PERMISSION), pair[0]);
            assertEquals(List.of("modality"), subtypes(forbids, akim), pair[0]);
            assertFalse(subtypes(other, akim).contains("modality"), pair[0]);
        }
    }

    @Test
    void aNormThatPermitsWhatTwoOthersObligeContradictsBoth() {
        for (String[] texts : new String[][] {
            {
                "rus",
                "Исполнительный орган вправе вынести проект местного бюджета на бюджетные слушания до его внесения "
                        + "в местный кенеш.",
                "Исполнительный орган обязан вынести проект местного бюджета на бюджетные слушания до его "
                        + "рассмотрения местным кенешем.",
                "Проект местного бюджета в обязательном порядке выносится на бюджетные слушания."
            },
            {
                "kir",
                "Аткаруу органы жергиликтүү бюджеттин долбоорун кеңешке киргизгенге чейин бюджеттик угууларга "
                        + "чыгарууга укуктуу.",
                "Аткаруу органы жергиликтүү бюджеттин долбоорун кеңеш караганга чейин бюджеттик угууларга "
                        + "чыгарууга милдеттүү.",
                "Жергиликтүү бюджеттин долбоору милдеттүү түрдө бюджеттик угууларга чыгарылат."
            }
        }) {
            List<NormFacts> norms = SampleActs.act("1", texts[0], texts[1], texts[2], texts[3]);
            List<Finding> found = FINDER.find(norms).findings().stream()
                    .filter(f -> f.subtype().equals("modality"))
                    .toList();
            assertEquals(2, found.size(), texts[0] + ": " + found);
            assertTrue(found.stream().allMatch(f -> f.units().contains(norms.get(0).unit)), texts[0]);
        }
    }

    @Test
    void normsOnOneSubjectThatObligeAndPermitDifferentThingsDoNotConflict() {
        for (String[] texts : new String[][] {
            {
                "rus",
                "Поставщик услуги обязан предоставлять услугу в электронной форме.",
                "Муниципальный поставщик вправе предоставлять услугу в электронной форме по заявлению получателя.",
                "Служащий обязан соблюдать правила служебной этики.",
                "Нарушение служебной этики рассматривается комиссией по этике органа и может повлечь "
                        + "дисциплинарную ответственность."
            },
            {
                "kir",
                "Кызмат берүүчү кызматты электрондук түрдө көрсөтүүгө милдеттүү.",
                "Муниципалдык кызмат берүүчү кызматты алуучунун арызы боюнча электрондук түрдө көрсөтүүгө укуктуу.",
                "Кызматчы кызматтык этиканын эрежелерин сактоого милдеттүү.",
                "Кызматтык этиканы бузуу этика боюнча комиссия тарабынан каралат жана тартиптик жоопкерчиликке "
                        + "алып келиши мүмкүн."
            }
        }) {
            // Topics this close are compared on all their words; the modal words must still govern one action.
            double close = ConflictFinder.MODALITY_TOPIC + 0.05;
            assertEquals(
                    List.of("modality"),
                    subtypes(one("1", texts[0], texts[1]), one("2", texts[0], texts[2]), close),
                    texts[0]);
            // Obliged to keep the rules of ethics; a breach of ethics may lead to a penalty.
            assertTrue(
                    subtypes(one("3", texts[0], texts[3]), one("4", texts[0], texts[4]), close)
                            .isEmpty(),
                    texts[0]);
        }
    }

    @Test
    void whatSomeoneMayOrMayNotBeHasNoObject() {
        for (String[] texts : new String[][] {
            {
                "rus",
                "Депутат местного кенеша не вправе одновременно являться муниципальным служащим исполнительного "
                        + "органа соответствующего айылного аймака или города.",
                "Депутат местного кенеша вправе совмещать депутатскую деятельность с работой в исполнительном "
                        + "органе соответствующего айылного аймака или города.",
                "Депутат местного кенеша не вправе одновременно являться депутатом Жогорку Кенеша."
            },
            {
                "kir",
                "Жергиликтүү кеңештин депутаты бир эле учурда тиешелүү айыл аймагынын аткаруу органынын "
                        + "муниципалдык кызматчысы болууга укугу жок.",
                "Жергиликтүү кеңештин депутаты депутаттык ишти тиешелүү айыл аймагынын аткаруу органындагы иш "
                        + "менен айкалыштырууга укуктуу.",
                "Жергиликтүү кеңештин депутаты Жогорку Кеңештин депутаты болууга укугу жок."
            }
        }) {
            NormFacts servant = one("1", texts[0], texts[1]);
            NormFacts combine = one("2", texts[0], texts[2]);
            NormFacts parliament = one("3", texts[0], texts[3]);
            assertTrue(servant.actions.get(0).objects().isEmpty(), texts[0]);
            double close = ConflictFinder.MODALITY_TOPIC + 0.05;
            assertEquals(List.of("modality"), subtypes(servant, combine, close), texts[0]);
            assertTrue(subtypes(parliament, combine, close).isEmpty(), texts[0]);
        }
    }

    @Test
    void readsNoModalityInsideTheNameOfABody() {
        NormFacts registry = one("1", "kir", "Ыйгарым укуктуу мамлекеттик орган реестрди жүргүзөт.");
        assertEquals(Modality.NONE, registry.modality.modality());
        NormFacts may = one("2", "kir", "Айыл өкмөтү реестрди жүргүзүүгө укуктуу.");
        assertEquals(Modality.PERMISSION, may.modality.modality());
    }

    @Test
    void readsObligationsMadeByAPhrase() {
        assertEquals(
                Modality.OBLIGATION,
                Modality.of("Проект бюджета в обязательном порядке выносится на слушания.")
                        .modality());
        assertEquals(
                Modality.OBLIGATION,
                Modality.of("Долбоор милдеттүү түрдө угууларга чыгарылат.").modality());
        assertEquals(
                Modality.NONE,
                Modality.of("Порядок определяется в порядке, установленном законом.")
                        .modality());
    }

    // --- authority ---

    @Test
    void findsPowerGivenToTwoBodiesInDifferentWords() {
        for (String[] pair : new String[][] {
            {
                "rus",
                "Объем выравнивающего трансферта для каждого местного бюджета определяется Министерством финансов "
                        + "Кыргызской Республики по единой формуле.",
                "Объем выравнивающего трансферта для айылного аймака определяет районная государственная "
                        + "администрация с учетом численности населения.",
                "Порядок перечисления выравнивающего трансферта для айылного аймака определяет районная "
                        + "государственная администрация с учетом численности населения."
            },
            {
                "kir",
                "Ар бир жергиликтүү бюджет үчүн теңдөөчү трансферттин көлөмү бирдиктүү формула боюнча Кыргыз "
                        + "Республикасынын Финансы министрлиги тарабынан аныкталат.",
                "Айыл аймагы үчүн теңдөөчү трансферттин көлөмүн калктын санын эске алуу менен райондук "
                        + "мамлекеттик администрация аныктайт.",
                "Айыл аймагы үчүн теңдөөчү трансфертти которуу тартибин калктын санын эске алуу менен райондук "
                        + "мамлекеттик администрация аныктайт."
            }
        }) {
            NormFacts ministry = one("1", pair[0], pair[1]);
            NormFacts district = one("2", pair[0], pair[2]);
            NormFacts procedure = one("3", pair[0], pair[3]);
            assertEquals(List.of("authority"), subtypes(ministry, district), pair[0]);
            // The procedure of paying it out is another thing than its amount.
            assertTrue(subtypes(ministry, procedure).isEmpty(), pair[0]);
        }
    }

    @Test
    void namesStateBodiesWithTheStateAndTheirField() {
        assertEquals(
                "Министерством финансов Кыргызской Республики",
                mention("Объем определяется Министерством финансов Кыргызской Республики по формуле."));
        assertEquals(
                "Кыргыз Республикасынын Финансы министрлиги",
                mention("Көлөмү Кыргыз Республикасынын Финансы министрлиги тарабынан аныкталат."));
        assertEquals(
                "Исполнительный орган местного самоуправления",
                mention("Исполнительный орган местного самоуправления вправе вынести проект."));
        assertEquals(
                "Жергиликтүү өз алдынча башкаруунун аткаруу органы",
                mention("Жергиликтүү өз алдынча башкаруунун аткаруу органы долбоорду чыгарат."));
        assertEquals(
                "local-government",
                Bodies.find("Органы местного самоуправления вправе").get(0).body());
    }

    private static String mention(String text) {
        Bodies.Mention m = Bodies.find(text).get(0);
        return text.substring(m.start(), m.end());
    }

    // --- steps of a procedure ---

    @Test
    void aStepThatOnlyBoundsTheNormInTimeIsNotItsStep() {
        assertEquals(
                Stage.NONE, Stage.of("Айыл окмоту вправе вынести проект бюджета на слушания до его внесения в кенеш."));
        assertEquals(
                Stage.NONE, Stage.of("Айыл өкмөтү долбоорду кеңешке киргизгенге чейин угууларга чыгарууга укуктуу."));
        assertEquals(Stage.SUBMIT, Stage.of("Проект бюджета вносится в кенеш не позднее 1 ноября."));
        assertEquals(Stage.SUBMIT, Stage.of("Бюджеттин долбоору кеңешке 1-ноябрынан кечиктирбестен киргизилет."));
    }
}
