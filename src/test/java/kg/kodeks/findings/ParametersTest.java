package kg.kodeks.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parameters named by a set phrase ({@link Parameters}): two numbers set one of them however
 * little else their norms share. Each in both languages, with a pair that must be reported and
 * look-alikes that must stay silent. The norms are sample sentences written for these tests.
 */
class ParametersTest {

    private static NormFacts one(String number, String lang, String article) {
        return SampleActs.one(number, lang, article);
    }

    @Test
    void findsTermOfOfficeStatedAsElectionAndAsPowers() {
        for (String[] texts : new String[][] {
            {
                "rus",
                "Депутат местного кенеша избирается сроком на пять лет и осуществляет свои полномочия на "
                        + "непостоянной основе.",
                "Срок полномочий депутата местного кенеша составляет четыре года.",
                "Срок полномочий главы айыл окмоту составляет четыре года.",
                "Договор аренды муниципального имущества заключается сроком на четыре года."
            },
            {
                "kir",
                "Жергиликтүү кеңештин депутаты беш жылдык мөөнөткө шайланат жана өз ыйгарым укуктарын туруктуу "
                        + "эмес негизде жүзөгө ашырат.",
                "Жергиликтүү кеңештин депутатынын ыйгарым укуктарынын мөөнөтү төрт жылды түзөт.",
                "Айыл өкмөтүнүн башчысынын ыйгарым укуктарынын мөөнөтү төрт жылды түзөт.",
                "Муниципалдык мүлктү ижарага берүү келишими төрт жылдык мөөнөткө түзүлөт."
            }
        }) {
            NormFacts elected = one("1", texts[0], texts[1]);
            NormFacts powers = one("2", texts[0], texts[2]);
            NormFacts head = one("3", texts[0], texts[3]);
            NormFacts lease = one("4", texts[0], texts[4]);
            assertEquals(List.of("term-of-office|deputy"), List.copyOf(elected.parameters.values()), texts[0]);
            assertNotNull(ConflictFinder.namedParameter(elected, powers), texts[0]);
            // The head's term is another person's, and a lease has no term of office.
            assertNull(ConflictFinder.namedParameter(elected, head), texts[0]);
            assertTrue(lease.parameters.isEmpty(), texts[0]);
        }
    }

    @Test
    void findsDifferentDeadlinesForAnsweringOneKindOfRequest() {
        for (String[] texts : new String[][] {
            {
                "rus",
                "Должностное лицо, которому направлен депутатский запрос, обязано дать на него письменный ответ в "
                        + "течение 15 дней.",
                "Ответ на депутатский запрос дается в письменной форме в течение 30 дней со дня его поступления.",
                "Ответ на обращение гражданина дается в письменной форме в течение 30 дней со дня его поступления.",
                "Ответственный секретарь кенеша рассматривает запрос в течение 30 дней."
            },
            {
                "kir",
                "Депутаттык суроо-талап жөнөтүлгөн кызмат адамы 15 күндүн ичинде ага жазуу жүзүндө жооп берүүгө "
                        + "милдеттүү.",
                "Депутаттык суроо-талапка жооп ал келип түшкөн күндөн тартып 30 күндүн ичинде жазуу жүзүндө берилет.",
                "Жарандын кайрылуусуна жооп ал келип түшкөн күндөн тартып 30 күндүн ичинде жазуу жүзүндө берилет.",
                "Кеңештин жооптуу катчысы суроо-талапты 30 күндүн ичинде карайт."
            }
        }) {
            NormFacts fifteen = one("1", texts[0], texts[1]);
            NormFacts thirty = one("2", texts[0], texts[2]);
            NormFacts appeal = one("3", texts[0], texts[3]);
            NormFacts secretary = one("4", texts[0], texts[4]);
            assertNotNull(ConflictFinder.namedParameter(fifteen, thirty), texts[0]);
            // An appeal is another kind of request; a responsible secretary gives no answer.
            assertNull(ConflictFinder.namedParameter(fifteen, appeal), texts[0]);
            assertTrue(secretary.parameters.isEmpty(), texts[0]);
        }
    }
}
