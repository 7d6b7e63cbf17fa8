package kg.kodeks.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import kg.kodeks.model.Language;
import org.junit.jupiter.api.Test;

class AnalyzersTest {

    @Test
    void kyrgyzFormsOfLocalCouncilMeet() {
        List<String> query = Analyzers.terms(Language.KIR, "айыл кеңеши");
        assertEquals(query, Analyzers.terms(Language.KIR, "айыл кеңешинин"));
        assertEquals(query, Analyzers.terms(Language.KIR, "Айыл кеңешине"));
        assertEquals(query, Analyzers.terms(Language.KIR, "айыл кеңештеринин"));
    }

    @Test
    void kyrgyzAnalyzerLowerCasesAndNormalises() {
        assertEquals(List.of("кеңеш"), Analyzers.terms(Language.KIR, "КЕҢЕШ"));
        // Latin "e" and "k" typed inside a Cyrillic word.
        assertEquals(List.of("кеңеш"), Analyzers.terms(Language.KIR, "keңeш"));
    }

    @Test
    void kyrgyzAnalyzerDropsConnectives() {
        assertEquals(List.of("мыйзам", "токтом"), Analyzers.terms(Language.KIR, "мыйзам жана токтом"));
    }

    @Test
    void kyrgyzAnalyzerKeepsWordsOfLegalMeaning() {
        assertEquals(List.of("укук", "эмес"), Analyzers.terms(Language.KIR, "укугу эмес"));
        assertTrue(Analyzers.terms(Language.KIR, "мыйзам же токтом").contains("же"));
    }

    @Test
    void kyrgyzAnalyzerLeavesProtectedWordsUnstemmed() {
        assertEquals(List.of("башка"), Analyzers.terms(Language.KIR, "башка"));
        assertEquals(List.of("тийиш"), Analyzers.terms(Language.KIR, "тийиш"));
    }

    @Test
    void kyrgyzDerivationalStrippingIsOptional() {
        KyrgyzAnalyzer derivational = new KyrgyzAnalyzer(KyrgyzAnalyzer.PROTECTED_WORDS, true);
        assertEquals(List.of("сат"), Analyzers.terms(derivational, "сатуу"));
        assertEquals(List.of("сатуу"), Analyzers.terms(Language.KIR, "сатуу"));
    }

    @Test
    void russianFormsOfLocalSelfGovernmentBodyMeet() {
        List<String> query = Analyzers.terms(Language.RUS, "орган местного самоуправления");
        assertEquals(query, Analyzers.terms(Language.RUS, "органами местного самоуправления"));
        assertEquals(query, Analyzers.terms(Language.RUS, "органов местного самоуправления"));
    }

    @Test
    void russianAnalyzerKeepsNegationModalityAndTime() {
        List<String> terms =
                Analyzers.terms(Language.RUS, "не вправе, если нет, нельзя до и после более чем или можно");
        for (String kept : List.of("не", "нет", "нельз", "есл", "до", "посл", "бол", "ил", "можн")) {
            assertTrue(terms.stream().anyMatch(t -> t.equals(kept)), kept + " missing from " + terms);
        }
        assertFalse(terms.contains("и"));
        assertFalse(terms.contains("чем"));
    }

    @Test
    void russianAnalyzerFoldsYo() {
        assertEquals(Analyzers.terms(Language.RUS, "установлено"), Analyzers.terms(Language.RUS, "установлёно"));
    }

    @Test
    void exactAnalyzerKeepsEveryWordUnstemmed() {
        assertEquals(
                List.of("и", "не", "вправе", "30", "дней"), Analyzers.terms(Analyzers.exact(), "И не вправе 30 дней"));
    }

    @Test
    void analyzersGiveNothingForEmptyInput() {
        assertEquals(List.of(), Analyzers.terms(Language.KIR, ""));
        assertEquals(List.of(), Analyzers.terms(Language.RUS, "   "));
        assertEquals(List.of(), Analyzers.terms(Language.RUS, null));
    }

    @Test
    void analyzersSurviveRandomText() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < 40; j++) {
                text.append(
                        (char) (random.nextBoolean() ? 0x0400 + random.nextInt(0x100) : 0x20 + random.nextInt(0x60)));
            }
            for (Language language : Language.values()) {
                Analyzers.terms(language, text.toString()).forEach(t -> assertFalse(t.isEmpty()));
            }
        }
    }

    @Test
    void normaliserDropsApostrophesAndFoldsLookAlikes() {
        char[] word = "o'pгaн".toCharArray();
        assertEquals("орган", new String(word, 0, CyrillicNormalizer.normalize(word, word.length)));
        char[] latin = "order".toCharArray();
        assertEquals("order", new String(latin, 0, CyrillicNormalizer.normalize(latin, latin.length)));
        char[] oldKeyboard = "бöлүк".toCharArray();
        assertEquals(
                "бөлүк", new String(oldKeyboard, 0, CyrillicNormalizer.normalize(oldKeyboard, oldKeyboard.length)));
    }

    @Test
    void detectsQueryLanguageFromLetters() {
        assertEquals(Language.KIR, LanguageDetector.detect("кеңеш"));
        assertEquals(Language.KIR, LanguageDetector.detect("мыйзам"));
        assertEquals(Language.RUS, LanguageDetector.detect("орган местного самоуправления"));
        assertEquals(Language.RUS, LanguageDetector.detect("123"));
        assertTrue(LanguageDetector.detectStrictly("123").isEmpty());
    }

    @Test
    void schemaDescribesAnalyzersAndFieldsForOpenSearch() {
        Map<String, Object> description = Schema.describe();
        String text = description.toString();
        assertTrue(text.contains("text_kir"));
        assertTrue(text.contains("kodeks_kyrgyz_stem"));
        assertTrue(text.contains("snowball"));
        assertFalse(RussianLegalAnalyzer.stopWordList().contains("не"));
        assertTrue(RussianLegalAnalyzer.stopWordList().contains("и"));
    }
}
