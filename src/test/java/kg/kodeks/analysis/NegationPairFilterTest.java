package kg.kodeks.analysis;

import static kg.kodeks.analysis.TokenDump.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import kg.kodeks.model.Language;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class NegationPairFilterTest {
    private static final Analyzer INDEX = Schema.indexAnalyzer();

    @Test
    void russianNegationIsPairedWithTheNextWord() throws IOException {
        assertEquals(
                List.of("орган 1 0-5", "не 1 6-8", "не вправ 0 6-15", "вправ 1 9-15", "end 0 15-15"),
                tokens(INDEX.tokenStream(Schema.textField(Language.RUS), "Орган не вправе")));
    }

    @Test
    void wordsWithAStopWordBetweenMakeNoPair() throws IOException {
        assertEquals(
                List.of("не 1 0-2", "срок 2 5-9", "end 0 9-9"),
                tokens(INDEX.tokenStream(Schema.textField(Language.RUS), "не в срок")));
    }

    @Test
    void kyrgyzNegationIsPairedWithTheWordBefore() throws IOException {
        assertEquals(
                List.of("укуктуу 1 0-7", "укуктуу эмес 0 0-12", "эмес 1 8-12", "end 0 12-12"),
                tokens(INDEX.tokenStream(Schema.textField(Language.KIR), "укуктуу эмес")));
    }

    @Test
    void exactFieldHasNoPairs() throws IOException {
        assertEquals(
                List.of("не 1 0-2", "вправе 1 3-9", "end 0 9-9"), tokens(INDEX.tokenStream(Schema.EXACT, "не вправе")));
    }

    @Test
    void queryAnalyzerHasNoPairs() throws IOException {
        assertEquals(
                List.of("не 1 0-2", "вправ 1 3-9", "end 0 9-9"),
                tokens(Schema.queryAnalyzer().tokenStream(Schema.textField(Language.RUS), "не вправе")));
    }

    @Test
    void nothingToPairInEmptyText() throws IOException {
        assertEquals(List.of("end 0 0-0"), tokens(INDEX.tokenStream(Schema.textField(Language.RUS), "")));
    }

    @Test
    void negationAfterNegationPairsTwice() throws IOException {
        assertEquals(
                List.of("не 1 0-2", "не не 0 0-5", "не 1 3-5", "не вправ 0 3-12", "вправ 1 6-12", "end 0 12-12"),
                tokens(INDEX.tokenStream(Schema.textField(Language.RUS), "не не вправе")));
    }
}
