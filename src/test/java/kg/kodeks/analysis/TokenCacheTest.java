package kg.kodeks.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kg.kodeks.model.Language;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;

class TokenCacheTest {
    private static final Analyzer INDEX = Schema.indexAnalyzer();

    private static final String[] RUSSIAN_WORDS = {
        "Органы", "местного", "самоуправления", "не", "вправе", "ни", "в", "течение", "30", "дней", "и", "а",
        "также", "после", "внесения", "проекта", "o'pгaн", "ёлка", "1.5", "ст.12", "«Закона»", "—", "не", "может",
        "быть", "и", "или", "с", "по", "на", "plan", "х", "№", "2024-го", "обязаны:"
    };

    private static final String[] KYRGYZ_WORDS = {
        "Айыл",
        "кеңешинин",
        "депутаттары",
        "укуктуу",
        "эмес",
        "жок",
        "жана",
        "да",
        "мыйзамдын",
        "бөлүгү",
        "керек",
        "тийиш",
        "эмес",
        "ал",
        "keңeш",
        "бöлүк",
        "30",
        "күндүн",
        "ичинде",
        "башка",
        "укугу",
        "жок"
    };

    @Test
    void joinedPartsGiveTheTokensOfTheWholeText() throws IOException {
        Random random = new Random(11);
        for (Language language : Language.values()) {
            String[] words = language == Language.RUS ? RUSSIAN_WORDS : KYRGYZ_WORDS;
            TokenCache cache = new TokenCache(language);
            for (int i = 0; i < 500; i++) {
                List<String> parts = new ArrayList<>();
                int count = 1 + random.nextInt(4);
                for (int p = 0; p < count; p++) {
                    parts.add(sentence(random, words));
                }
                String separator = random.nextBoolean() ? " " : "\n";
                String text = String.join(separator, parts);
                AnalysedText analysed = cache.analyse(separator, parts);
                assertEquals(text.length(), analysed.length());
                assertEquals(
                        TokenDump.tokens(INDEX.tokenStream(Schema.EXACT, text)),
                        TokenDump.tokens(analysed.exactTokens(null)),
                        "exact: " + text);
                assertEquals(
                        TokenDump.tokens(INDEX.tokenStream(Schema.textField(language), text)),
                        TokenDump.tokens(analysed.stemmedTokens(null)),
                        "stemmed: " + text);
            }
        }
    }

    @Test
    void partStartingWithCombiningMarkIsAnalysedWithItsNeighbours() throws IOException {
        List<String> parts = List.of("орган", "\u0301вправе", "не\u200d");
        String text = String.join(" ", parts);
        AnalysedText analysed = new TokenCache(Language.RUS).analyse(" ", parts);
        assertEquals(
                TokenDump.tokens(INDEX.tokenStream(Schema.textField(Language.RUS), text)),
                TokenDump.tokens(analysed.stemmedTokens(null)));
    }

    @Test
    void replayIsReusedForTheSameKindOfField() throws IOException {
        TokenCache cache = new TokenCache(Language.RUS);
        TokenStream first = cache.analyse("орган").stemmedTokens(null);
        TokenDump.tokens(first);
        TokenStream second = cache.analyse("не вправе").stemmedTokens(first);
        assertSame(first, second);
        assertEquals(List.of("не 1 0-2", "не вправ 0 0-9", "вправ 1 3-9", "end 0 9-9"), TokenDump.tokens(second));
    }

    @Test
    void separatorMustBeWhiteSpace() {
        TokenCache cache = new TokenCache(Language.RUS);
        assertThrows(IllegalArgumentException.class, () -> cache.analyse(",", List.of("а", "б")));
    }

    private static String sentence(Random random, String[] words) {
        StringBuilder out = new StringBuilder();
        int length = random.nextInt(9);
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                out.append(random.nextInt(10) == 0 ? ", " : " ");
            }
            out.append(words[random.nextInt(words.length)]);
        }
        if (random.nextInt(5) == 0) {
            out.append('.');
        }
        return out.toString();
    }
}
