package kg.kodeks.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules that decide whether two norms rule on the same thing, one by one, in both languages,
 * with a pair that must be reported and a look-alike that must not. The norms are sample
 * sentences written for these tests ({@link SampleActs}).
 */
class ConflictRulesTest {
    private static final ConflictFinder FINDER = new ConflictFinder();

    private static List<NormFacts> act(String number, String lang, String... articles) {
        return SampleActs.act(number, lang, articles);
    }

    private static NormFacts one(String number, String lang, String article) {
        return SampleActs.one(number, lang, article);
    }

    private static List<String> subtypes(NormFacts a, NormFacts b) {
        return subtypes(a, b, 0.7);
    }

    private static List<String> subtypes(NormFacts a, NormFacts b, double cosine) {
        return FINDER.check(a, b, cosine).stream().map(Finding::subtype).toList();
    }

    // --- quantities: calendar days as deadlines ---

    @Test
    void readsCalendarDayDeadlinesButNotDatesWithAYear() {
        assertEquals(List.of("date 1101 day-of-year"), describe("вносит проект не позднее 1 ноября текущего года"));
        assertEquals(
                List.of("date 1115 day-of-year"), describe("учурдагы жылдын 15-ноябрынан кечиктирбестен киргизет"));
        assertEquals(List.of("date 501 day-of-year"), describe("не позднее 1 мая года, следующего за отчетным"));
        assertTrue(describe("Законом от 12 марта 2019 года № 37").isEmpty());
        assertTrue(describe("2019-жылдын 12-мартындагы № 37 Мыйзамы").isEmpty());
        assertTrue(describe("в части 1 статьи 5").isEmpty());
    }

    private static List<String> describe(String text) {
        return Quantities.find(text).stream().map(Quantity::describe).toList();
    }

    @Test
    void findsDifferentCalendarDeadlinesForTheSameStep() {
        for (String[] pair : new String[][] {
            {
                "rus",
                "Исполнительный орган вносит проект бюджета в кенеш не позднее 1 ноября текущего года.",
                "Проект бюджета вносится исполнительным органом в кенеш не позднее 15 ноября текущего года."
            },
            {
                "kir",
                "Аткаруу органы бюджеттин долбоорун кеңешке учурдагы жылдын 1-ноябрынан кечиктирбестен киргизет.",
                "Бюджеттин долбоору кеңешке аткаруу органы тарабынан учурдагы жылдын 15-ноябрынан кечиктирбестен киргизилет."
            }
        }) {
            NormFacts a = one("1", pair[0], pair[1]);
            NormFacts b = one("2", pair[0], pair[2]);
            assertTrue(ConflictFinder.comparable(a, b), pair[0]);
            assertNotNull(FINDER.numberConflict(a, b, 0.9, 0.9), pair[0]);
        }
    }

    // --- steps of a procedure ---

    @Test
    void submittingAndApprovingAreDifferentSteps() {
        for (String[] pair : new String[][] {
            {
                "rus",
                "Годовой отчет об исполнении бюджета представляется в кенеш не позднее 1 апреля.",
                "Отчет об исполнении бюджета утверждается кенешем не позднее 1 мая."
            },
            {
                "kir",
                "Бюджеттин аткарылышы жөнүндө отчет кеңешке 1-апрелден кечиктирбестен тапшырылат.",
                "Бюджеттин аткарылышы жөнүндө отчет кеңеш тарабынан 1-майдан кечиктирбестен бекитилет."
            }
        }) {
            NormFacts a = one("1", pair[0], pair[1]);
            NormFacts b = one("2", pair[0], pair[2]);
            assertEquals(Stage.SUBMIT, a.stage, pair[0]);
            assertEquals(Stage.DECIDE, b.stage, pair[0]);
            assertFalse(ConflictFinder.comparable(a, b), pair[0]);
        }
    }

    // --- parts of one article ---

    @Test
    void partsOfOneArticleAreReadTogether() {
        for (String[] acts : new String[][] {
            {
                "rus",
                "1. Органы местного самоуправления вправе привлекать заимствования для инвестиционных проектов.\n\n"
                        + "2. Органы местного самоуправления не вправе привлекать заимствования для текущих расходов."
            },
            {
                "kir",
                "1. Жергиликтүү өз алдынча башкаруу органдары инвестициялык долбоорлор үчүн карыз алууга укуктуу.\n\n"
                        + "2. Жергиликтүү өз алдынча башкаруу органдары учурдагы чыгашалар үчүн карыз алууга укугу жок."
            }
        }) {
            List<NormFacts> norms = act("1", acts[0], acts[1]);
            assertEquals(2, norms.size());
            assertFalse(ConflictFinder.comparable(norms.get(0), norms.get(1)), acts[0]);
            // The same two sentences in two articles may conflict.
            String[] parts = acts[1].split("\n\n");
            NormFacts a = one("1", acts[0], parts[0].substring(3));
            NormFacts b = one("2", acts[0], parts[1].substring(3));
            assertTrue(ConflictFinder.comparable(a, b), acts[0]);
            assertEquals(List.of("modality"), subtypes(a, b), acts[0]);
        }
    }

    // --- decisions on different matters, general rules with exceptions ---

    @Test
    void decisionsOnDifferentMattersAreDifferentRules() {
        for (String[] pair : new String[][] {
            {
                "rus",
                "Решение о самороспуске кенеша принимается двумя третями голосов от общего числа депутатов.",
                "Решение о выражении недоверия принимается двумя третями голосов от общего числа депутатов.",
                "Решение о самороспуске принимается большинством голосов от общего числа депутатов."
            },
            {
                "kir",
                "Кеңешти таркатуу жөнүндө чечим депутаттардын жалпы санынын үчтөн экисинин добушу менен кабыл алынат.",
                "Ишеним көрсөтпөө жөнүндө чечим депутаттардын жалпы санынын үчтөн экисинин добушу менен кабыл алынат.",
                "Кеңешти таркатуу жөнүндө чечим депутаттардын жалпы санынын көпчүлүк добушу менен кабыл алынат."
            }
        }) {
            NormFacts dissolution = one("1", pair[0], pair[1]);
            NormFacts noConfidence = one("2", pair[0], pair[2]);
            NormFacts majority = one("3", pair[0], pair[3]);
            assertFalse(ConflictFinder.comparable(dissolution, noConfidence), pair[0]);
            assertTrue(DuplicateFinder.notARepetition(dissolution, noConfidence), pair[0]);
            assertTrue(ConflictFinder.comparable(dissolution, majority), pair[0]);
            assertNotNull(FINDER.numberConflict(dissolution, majority, 0.9, 0.9), pair[0]);
        }
    }

    @Test
    void aGeneralRuleWithExceptionsYieldsToTheSpecialOne() {
        NormFacts general = one(
                "1",
                "rus",
                "Решения кенеша, за исключением случаев, предусмотренных настоящей статьей, "
                        + "принимаются большинством голосов от общего числа депутатов.");
        NormFacts special = one(
                "2",
                "rus",
                "Решение о самороспуске кенеша принимается двумя третями голосов от общего числа депутатов.");
        assertTrue(general.generalWithExceptions);
        assertNull(FINDER.numberConflict(general, special, 0.9, 0.9));
        NormFacts plain = one("3", "rus", "Решения кенеша принимаются большинством голосов от общего числа депутатов.");
        assertFalse(plain.generalWithExceptions);
        assertNotNull(FINDER.numberConflict(plain, special, 0.9, 0.9));
        NormFacts ky = one(
                "4",
                "kir",
                "Ушул беренеде каралган учурларды кошпогондо, кеңештин чечимдери депутаттардын "
                        + "жалпы санынын көпчүлүк добушу менен кабыл алынат.");
        assertTrue(ky.generalWithExceptions);
    }

    // --- numbers: close wording next to the numbers ---

    @Test
    void numbersWithTheSameWordsAroundThemSetOneParameter() {
        for (String[] pair : new String[][] {
            {
                "rus",
                "Главой айыл окмоту может быть назначен гражданин, достигший 21 года и имеющий высшее образование.",
                "На должность главы айыл окмоту назначается гражданин, достигший 25 лет, имеющий высшее образование.",
                "Акимом может быть назначен гражданин, достигший 30 лет, имеющий высшее образование."
            },
            {
                "kir",
                "Жергиликтүү кеңештин депутаты төрт жылдык мөөнөткө шайланат жана ыйгарым укуктарын жүзөгө ашырат.",
                "Жергиликтүү кеңештин депутаттары беш жылдык мөөнөткө шайланат, шайлоо жашыруун добуш берүү аркылуу өтөт.",
                "Сынак беш жылдык мөөнөткө өткөрүлөт."
            }
        }) {
            NormFacts a = one("1", pair[0], pair[1]);
            NormFacts b = one("2", pair[0], pair[2]);
            NormFacts other = one("3", pair[0], pair[3]);
            // Below the usual score: only the shared words next to the numbers count.
            assertNotNull(FINDER.numberConflict(a, b, 0.2, 0.1), pair[0]);
            assertNull(FINDER.numberConflict(a, other, 0.2, 0.1), pair[0]);
        }
    }

    @Test
    void aNormWhereNoBodyActsMaySetTheParameterOfAny() {
        NormFacts withBody = one(
                "1", "rus", "Жалоба рассматривается исполнительным органом в течение 30 дней со дня ее регистрации.");
        NormFacts without = one("2", "rus", "Срок рассмотрения жалобы составляет 14 дней со дня ее регистрации.");
        NormFacts otherBody = one("3", "rus", "Жалоба рассматривается акимом в течение 14 дней со дня ее регистрации.");
        assertNotNull(FINDER.numberConflict(withBody, without, 0.7, 0.6));
        assertNull(FINDER.numberConflict(withBody, otherBody, 0.7, 0.6));
    }

    // --- modality ---

    @Test
    void aNormThatAlsoObligesDoesNotContradictTheSameObligation() {
        for (String[] pair : new String[][] {
            {
                "rus",
                "Депутат вправе обратиться с запросом к должностным лицам, которые обязаны дать письменный ответ в течение 15 дней.",
                "Должностное лицо, получившее запрос, обязано дать письменный ответ в течение 15 дней."
            },
            {
                "kir",
                "Депутат кызмат адамдарына суроо-талап менен кайрылууга укуктуу, алар 15 күндүн ичинде жооп берүүгө милдеттүү.",
                "Суроо-талапты алган кызмат адамы 15 күндүн ичинде жооп берүүгө милдеттүү."
            }
        }) {
            NormFacts a = one("1", pair[0], pair[1]);
            NormFacts b = one("2", pair[0], pair[2]);
            assertTrue(a.modalities.containsAll(List.of(Modality.PERMISSION, Modality.OBLIGATION)), pair[0]);
            assertFalse(subtypes(a, b).contains("modality"), pair[0]);
        }
    }

    @Test
    void readsEveryModalityMarkerOnce() {
        assertEquals(
                List.of(Modality.PROHIBITION, Modality.OBLIGATION),
                Modality.all("Служащий не вправе разглашать сведения и обязан хранить тайну.").stream()
                        .map(Modality.Marker::modality)
                        .toList());
        assertEquals(
                List.of(Modality.PERMISSION, Modality.PROHIBITION),
                Modality.all("Кызматчы кайрылууга укуктуу, бирок маалыматты таратууга укугу жок.").stream()
                        .map(Modality.Marker::modality)
                        .toList());
        assertEquals(
                Modality.OBLIGATION,
                Modality.of("Имущество должно быть отчуждено.").modality());
    }

    @Test
    void normsAddressedToDifferentPersonsDoNotContradict() {
        for (String[] pair : new String[][] {
            {
                "rus",
                "Депутат вправе вносить предложения по проекту бюджета на бюджетных слушаниях.",
                "Служащий обязан вносить предложения по проекту бюджета на бюджетных слушаниях.",
                "Муниципальный служащий не вправе вносить предложения по проекту бюджета на бюджетных слушаниях."
            },
            {
                "kir",
                "Депутат бюджеттин долбоору боюнча сунуштарды угууларда киргизүүгө укуктуу.",
                "Кызматчы бюджеттин долбоору боюнча сунуштарды угууларда киргизүүгө милдеттүү.",
                "Муниципалдык кызматчы бюджеттин долбоору боюнча сунуштарды угууларда киргизүүгө укугу жок."
            }
        }) {
            NormFacts deputy = one("1", pair[0], pair[1]);
            NormFacts servant = one("2", pair[0], pair[2]);
            NormFacts servantToo = one("3", pair[0], pair[3]);
            assertEquals("deputy", deputy.role, pair[0]);
            assertEquals("servant", servant.role, pair[0]);
            assertFalse(subtypes(deputy, servant).contains("modality"), pair[0]);
            assertTrue(subtypes(servant, servantToo).contains("modality"), pair[0]);
        }
    }

    // --- who acts ---

    @Test
    void proposersPostsOwnersAndPartnersDoNotAct() {
        Map<String, String> cases = Map.of(
                "Ответственный секретарь назначается айылным кенешем по представлению главы айыл окмоту.",
                "kenesh",
                "Жооптуу катчы айыл өкмөтүнүн башчысынын сунушу боюнча айылдык кеңеш тарабынан дайындалат.",
                "kenesh",
                "Глава айыл окмоту ежегодно отчитывается перед айылным кенешем о работе.",
                "head",
                "Исполнительный орган местного самоуправления обязан вынести проект на слушания до его рассмотрения местным кенешем.",
                "aiyl-okmotu",
                "Айыл окмоту по запросу местной государственной администрации может представлять информацию.",
                "aiyl-okmotu");
        cases.forEach((text, body) -> assertEquals(body, actor(text), text));
        assertNull(actorOrNull("Реестр размещается на официальном сайте уполномоченного органа."));
        assertNull(actorOrNull("Главой айыл окмоту может быть назначен гражданин, имеющий высшее образование."));
        assertEquals(
                "head",
                Bodies.post(
                                "Главой айыл окмоту может быть назначен гражданин.",
                                Bodies.find("Главой айыл окмоту может быть назначен гражданин."))
                        .body());
        assertEquals("kenesh", actor("Средства расходуются по решению местного кенеша."));
        assertEquals("authorised-body", actor("Реестр утверждается уполномоченным органом."));
    }

    private static String actor(String text) {
        Bodies.Mention m = actorOrNull(text);
        return m == null ? null : m.body();
    }

    private static Bodies.Mention actorOrNull(String text) {
        return Bodies.actor(text, Bodies.find(text), Modality.of(text));
    }

    // --- authority ---

    @Test
    void theSamePowerOverTheSameBodyGivenToALocalAndAStateBodyConflicts() {
        for (String[] pair : new String[][] {
            {
                "rus",
                "Глава айыл окмоту назначается на должность айылным кенешем из числа кандидатов, прошедших конкурс.",
                "Глава айыл окмоту назначается на должность акимом из числа кандидатов, прошедших конкурс."
            },
            {
                "kir",
                "Айыл өкмөтүнүн башчысы сынактан өткөн талапкерлердин ичинен айылдык кеңеш тарабынан дайындалат.",
                "Айыл өкмөтүнүн башчысы сынактан өткөн талапкерлердин ичинен аким тарабынан дайындалат."
            }
        }) {
            assertEquals(
                    List.of("authority"), subtypes(one("1", pair[0], pair[1]), one("2", pair[0], pair[2])), pair[0]);
        }
    }

    @Test
    void localAndStateBodiesActingInTheirOwnSpheresDoNotConflict() {
        for (String[] pair : new String[][] {
            {
                "rus",
                "Айыл окмоту издает распоряжения, обязательные для исполнения на соответствующей территории.",
                "Аким в пределах своих полномочий издает распоряжения, обязательные для исполнения на территории района."
            },
            {
                "kir",
                "Айыл өкмөтү тиешелүү аймакта аткарылышы милдеттүү болгон буйруктарды чыгарат.",
                "Аким өз ыйгарым укуктарынын чегинде райондун аймагында аткарылышы милдеттүү болгон буйруктарды чыгарат."
            }
        }) {
            NormFacts a = one("1", pair[0], pair[1]);
            NormFacts b = one("2", pair[0], pair[2]);
            assertFalse(subtypes(a, b).contains("authority"), pair[0]);
            // A near copy with the body changed is still the same power given twice.
            assertEquals(
                    List.of("authority"),
                    FINDER
                            .check(
                                    a,
                                    one(
                                            "3",
                                            pair[0],
                                            pair[1].replace("Айыл окмоту", "Аким")
                                                    .replace("Айыл өкмөтү", "Аким")),
                                    0.95)
                            .stream()
                            .map(Finding::subtype)
                            .toList(),
                    pair[0]);
        }
    }

    @Test
    void aBodyAndItsHeadAreOneSide() {
        NormFacts akim = one("1", "rus", "Аким утверждает структуру местной государственной администрации.");
        NormFacts administration = one("2", "rus", "Местная государственная администрация утверждает свою структуру.");
        assertFalse(subtypes(akim, administration).contains("authority"));
        NormFacts head = one("3", "kir", "Айыл өкмөтүнүн башчысы айыл өкмөтүнүн түзүмүн бекитет.");
        NormFacts kenesh = one("4", "kir", "Айылдык кеңеш айыл өкмөтүнүн түзүмүн бекитет.");
        NormFacts okmotu = one("5", "kir", "Айыл өкмөтү өзүнүн түзүмүн бекитет.");
        assertEquals(List.of("authority"), subtypes(head, kenesh));
        assertFalse(subtypes(head, okmotu).contains("authority"));
    }

    @Test
    void powersOverDifferentBodiesAreNotOnePower() {
        NormFacts head = one(
                "1", "rus", "Глава айыл окмоту руководит деятельностью айыл окмоту и организует исполнение решений.");
        NormFacts akim = one(
                "2",
                "rus",
                "Аким руководит деятельностью местной государственной администрации и организует исполнение решений.");
        assertFalse(subtypes(head, akim).contains("authority"));
    }

    @Test
    void aNormThatRefersElsewhereGivesNoPower() {
        NormFacts referral = one(
                "1",
                "rus",
                "Порядок рассмотрения предложений местными кенешами определяется в соответствии с Законом "
                        + "Кыргызской Республики «О местном самоуправлении».");
        NormFacts ruling = one("2", "rus", "Порядок рассмотрения предложений определяет аким.");
        assertTrue(referral.referral);
        assertFalse(ruling.referral);
        assertTrue(FINDER.check(referral, ruling, 0.9).isEmpty());
        NormFacts ky = one("3", "kir", "Депутаттардын статусу ушул Мыйзамга ылайык аныкталат.");
        assertTrue(ky.referral);
    }

    @Test
    void ownActProvisionsOfDifferentLawsSpeakOfDifferentLaws() {
        NormFacts a = one("1", "rus", "Действие настоящего Закона не распространяется на депутатов местных кенешей.");
        NormFacts b = one(
                "2", "rus", "Действие настоящего Закона распространяется на районные государственные администрации.");
        assertTrue(FINDER.check(a, b, 0.9).isEmpty());
    }

    // --- duplicates weighed by rare terms ---

    @Test
    void aSharedFormulaWeighsLessThanSharedSubjectWords() {
        // Terms 1-3 are a formula found in every record, 10-13 and 20-23 what each record is about.
        Map<Integer, Integer> df = new java.util.HashMap<>();
        for (int formula : new int[] {1, 2, 3}) {
            df.put(formula, 10);
        }
        for (int rare : new int[] {10, 11, 12, 13, 20, 21, 22, 23}) {
            df.put(rare, 1);
        }
        df.put(10, 2);
        double[] formulaOnly = DuplicateFinder.weighted(new int[] {1, 2, 3, 10}, new int[] {1, 2, 3, 20, 21}, df, 10);
        double[] subject =
                DuplicateFinder.weighted(new int[] {1, 2, 10, 11, 12}, new int[] {1, 3, 10, 11, 12, 13}, df, 10);
        assertTrue(formulaOnly[1] < DuplicateFinder.MIN_WEIGHTED_CONTAINMENT, String.valueOf(formulaOnly[1]));
        assertTrue(subject[1] >= DuplicateFinder.MIN_WEIGHTED_CONTAINMENT, String.valueOf(subject[1]));
    }
    // --- definitions, own-act provisions and near copies ---

    @Test
    void definitionsGiveNoPowerUnlessTheyAreNearCopies() {
        for (String[] pair : new String[][] {
            {
                "rus",
                "Местный кенеш является представительным органом местного самоуправления.",
                "Исполнительным органом местного самоуправления в айылном аймаке является айыл окмоту."
            },
            {
                "kir",
                "Жергиликтүү кеңеш жергиликтүү өз алдынча башкаруунун өкүлчүлүктүү органы болуп саналат.",
                "Айылдык аймакта жергиликтүү өз алдынча башкаруунун аткаруу органы айыл өкмөтү болуп саналат."
            }
        }) {
            NormFacts a = one("1", pair[0], pair[1]);
            NormFacts b = one("2", pair[0], pair[2]);
            assertTrue(a.definition && b.definition, pair[0]);
            assertFalse(subtypes(a, b).contains("authority"), pair[0]);
            // «Аким является представительным органом»: the same definition given to another body.
            NormFacts copy =
                    one("3", pair[0], pair[1].replace("Местный кенеш", "Аким").replace("Жергиликтүү кеңеш", "Аким"));
            assertEquals(List.of("authority"), subtypes(a, copy, 0.95), pair[0]);
        }
    }

    @Test
    void entryIntoForceOfTwoLawsIsNeverComparedButOtherOwnActProvisionsOnlyWhenNotCopies() {
        for (String[] pair : new String[][] {
            {
                "rus",
                "Настоящий Закон вступает в силу по истечении десяти дней со дня официального опубликования.",
                "Настоящий Закон вступает в силу по истечении пятнадцати дней со дня официального опубликования.",
                "Правительству в трехмесячный срок привести свои решения в соответствие с настоящим Законом.",
                "Правительству в шестимесячный срок привести свои решения в соответствие с настоящим Законом."
            },
            {
                "kir",
                "Ушул Мыйзам расмий жарыяланган күндөн тартып он күн өткөндөн кийин күчүнө кирет.",
                "Ушул Мыйзам расмий жарыяланган күндөн тартып он беш күн өткөндөн кийин күчүнө кирет.",
                "Өкмөт үч айлык мөөнөттө өз чечимдерин ушул Мыйзамга ылайык келтирсин.",
                "Өкмөт алты айлык мөөнөттө өз чечимдерин ушул Мыйзамга ылайык келтирсин."
            }
        }) {
            NormFacts force1 = one("1", pair[0], pair[1]);
            NormFacts force2 = one("2", pair[0], pair[2]);
            assertTrue(force1.aboutOwnAct, pair[0]);
            assertNull(FINDER.numberConflict(force1, force2, 0.95, 0.9), pair[0]);
            NormFacts bring1 = one("3", pair[0], pair[3]);
            NormFacts bring2 = one("4", pair[0], pair[4]);
            assertTrue(bring1.rulesOnOwnAct && !bring1.aboutOwnAct, pair[0]);
            assertNull(FINDER.numberConflict(bring1, bring2, 0.6, 0.6), pair[0]);
            assertNotNull(FINDER.numberConflict(bring1, bring2, 0.95, 0.9), pair[0]);
        }
    }

    @Test
    void organisingIsAStepOfItsOwn() {
        NormFacts organise =
                one("1", "rus", "Публичные слушания организует исполнительный орган местного самоуправления.");
        NormFacts decide =
                one("2", "rus", "Решение местного кенеша принимается с учетом результатов публичных слушаний.");
        assertEquals(Stage.ORGANISE, organise.stage);
        assertFalse(ConflictFinder.comparable(organise, decide));
        NormFacts ky = one("3", "kir", "Коомдук угууларды аткаруу органы уюштурат.");
        assertEquals(Stage.ORGANISE, ky.stage);
    }

    @Test
    void theSubjectOfAnyModalWordCounts() {
        // The first permission word («могут быть отменены») has no subject of its own; the
        // prohibition's subject is the state bodies in both.
        NormFacts prohibits = one(
                "1",
                "rus",
                "Решения кенеша могут быть отменены только судом; органы государственной власти "
                        + "не вправе приостанавливать действие таких решений.");
        NormFacts permits = one(
                "2",
                "rus",
                "Решения кенеша могут быть отменены только судом; органы государственной власти "
                        + "вправе приостанавливать действие таких решений.");
        assertTrue(prohibits.modalBodies.contains("state-bodies"));
        assertEquals(List.of("modality"), subtypes(prohibits, permits, 0.95));
    }

    @Test
    void deadlinesBeforeDifferentEventsAreDifferentParameters() {
        for (String[] pair : new String[][] {
            {
                "rus",
                "Информация о времени и месте проведения публичных слушаний доводится до сведения населения не позднее чем за 10 дней.",
                "Информация о времени и месте проведения отчета доводится до избирателей не позднее чем за 7 дней.",
                "Информация о времени и месте проведения бюджетных слушаний доводится до населения не позднее чем за 7 дней."
            },
            {
                "kir",
                "Коомдук угууларды өткөрүүнүн убактысы жана орду жөнүндө маалымат калкка 10 күндөн кечиктирилбестен жеткирилет.",
                "Отчеттун убактысы жана орду жөнүндө маалымат шайлоочуларга 7 күндөн кечиктирбестен жеткирилет.",
                "Бюджеттик угууларды өткөрүүнүн убактысы жана орду жөнүндө маалымат калкка 7 күндөн кечиктирбестен жеткирилет."
            }
        }) {
            NormFacts hearings = one("1", pair[0], pair[1]);
            NormFacts report = one("2", pair[0], pair[2]);
            NormFacts budgetHearings = one("3", pair[0], pair[3]);
            assertFalse(ConflictFinder.comparable(hearings, report), pair[0]);
            assertEquals(hearings.event, budgetHearings.event, pair[0]);
            assertTrue(ConflictFinder.comparable(hearings, budgetHearings), pair[0]);
        }
        assertEquals(
                "сессии",
                NormFacts.event(
                        "население информируется о времени, месте и повестке дня сессии не позднее чем за 5 дней"));
    }
}
