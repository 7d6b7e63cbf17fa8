package kg.kodeks.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KyrgyzStemmerTest {
    private final KyrgyzStemmer stemmer = new KyrgyzStemmer(false);

    @Test
    void stripsPlural() {
        assertEquals("кеңеш", stemmer.stem("кеңештер"));
    }

    @Test
    void stripsPluralAfterVowelWithL() {
        assertEquals("берене", stemmer.stem("беренелер"));
    }

    @Test
    void stripsRoundedPlural() {
        assertEquals("токтом", stemmer.stem("токтомдор"));
    }

    @Test
    void stripsThirdPersonPossessiveAfterConsonant() {
        assertEquals("кеңеш", stemmer.stem("кеңеши"));
    }

    @Test
    void stripsThirdPersonPossessiveAfterVowel() {
        assertEquals("берене", stemmer.stem("беренеси"));
    }

    @Test
    void stripsGenitive() {
        assertEquals("мыйзам", stemmer.stem("мыйзамдын"));
    }

    @Test
    void stripsVoicelessGenitive() {
        assertEquals("депутат", stemmer.stem("депутаттын"));
    }

    @Test
    void stripsDative() {
        assertEquals("кеңеш", stemmer.stem("кеңешке"));
    }

    @Test
    void stripsAccusativeAfterVowel() {
        assertEquals("берене", stemmer.stem("беренени"));
    }

    @Test
    void stripsLocative() {
        assertEquals("айыл", stemmer.stem("айылда"));
    }

    @Test
    void stripsAblative() {
        assertEquals("шаар", stemmer.stem("шаардан"));
    }

    @Test
    void stripsAttributiveLocative() {
        assertEquals("аймак", stemmer.stem("аймактагы"));
    }

    @Test
    void stripsPronominalDativeAfterPossessive() {
        assertEquals("орга", stemmer.stem("органына"));
    }

    @Test
    void stripsPronominalLocativeAfterPossessive() {
        assertEquals("берене", stemmer.stem("беренесинде"));
    }

    @Test
    void stripsPronominalAblativeAfterPossessive() {
        assertEquals("бөлүк", stemmer.stem("бөлүгүнөн"));
    }

    @Test
    void stripsCasePossessiveAndPluralTogether() {
        assertEquals("кеңеш", stemmer.stem("кеңештеринин"));
    }

    @Test
    void stripsPredicativeClitic() {
        assertEquals("милдет", stemmer.stem("милдеттир"));
    }

    @Test
    void foldsAmbiguousFinalNasalSoAllFormsMeet() {
        assertEquals(stemmer.stem("орган"), stemmer.stem("органы"));
        assertEquals(stemmer.stem("орган"), stemmer.stem("органдын"));
    }

    @Test
    void dropsStemFinalHighVowel() {
        assertEquals(stemmer.stem("башчы"), stemmer.stem("башчысы"));
    }

    @Test
    void foldsVoicedFinalConsonantBack() {
        assertEquals("тартип", stemmer.stem("тартиби"));
    }

    @Test
    void leavesPronominalFormWithoutPossessive() {
        // -на after a stem that does not end in a possessive vowel is not a case ending.
        assertEquals("тана", stemmer.stem("тана"));
    }

    @Test
    void refusesSuffixOutOfHarmony() {
        // -лор after a front-vowel stem would break vowel harmony: not a plural.
        assertEquals("кеңешлор", stemmer.stem("кеңешлор"));
    }

    @Test
    void refusesVoicedSuffixAfterVoicelessConsonant() {
        assertEquals("республика", stemmer.stem("республика"));
    }

    @Test
    void keepsAtLeastThreeLetters() {
        assertEquals("суу", stemmer.stem("суу"));
        assertEquals("жер", stemmer.stem("жерге"));
        assertEquals("үйгө", stemmer.stem("үйгө"));
    }

    @Test
    void leavesShortWordsAlone() {
        assertEquals("ал", stemmer.stem("ал"));
    }

    @Test
    void leavesLatinAndDigitsAlone() {
        assertEquals("12-берене", stemmer.stem("12-берене"));
        assertEquals("articles", stemmer.stem("articles"));
    }

    @Test
    void leavesDerivationalSuffixesByDefault() {
        assertEquals("сатуу", stemmer.stem("сатуу"));
    }

    @Test
    void stripsDerivationalSuffixesWhenAsked() {
        KyrgyzStemmer derivational = new KyrgyzStemmer(true);
        assertEquals("сат", derivational.stem("сатуу"));
        assertEquals("шайла", derivational.stem("шайлаган"));
        assertEquals("жоопкерч", derivational.stem("жоопкерчилик"));
    }

    @Test
    void handlesEmptyInput() {
        assertEquals("", stemmer.stem(""));
    }

    @Test
    void survivesRandomInput() {
        Random random = new Random(42);
        String alphabet = "аеиоуыөүэбвгдежзйклмнңпрстфхцчшщъьюяё-1a";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder word = new StringBuilder();
            int length = random.nextInt(14);
            for (int j = 0; j < length; j++) {
                word.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String stem = stemmer.stem(word.toString());
            assertTrue(stem.length() <= word.length(), word::toString);
            assertTrue(stem.length() >= Math.min(word.length(), KyrgyzStemmer.MIN_STEM), word::toString);
        }
    }

    @Test
    void stemsTheLegalWordList() throws IOException {
        List<String> wrong = new ArrayList<>();
        int count = 0;
        try (InputStream in = getClass().getResourceAsStream("/analysis/kyrgyz-stems.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                count++;
                String got = stemmer.stem(cols[0]);
                if (!got.equals(cols[1])) {
                    wrong.add(cols[0] + " → " + got + " (expected " + cols[1] + ")");
                }
            }
        }
        assertTrue(count >= 300, "word list too short: " + count);
        assertEquals(List.of(), wrong);
    }
}
