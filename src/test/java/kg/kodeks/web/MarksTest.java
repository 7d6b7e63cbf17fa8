package kg.kodeks.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kg.kodeks.findings.Evidence;
import org.junit.jupiter.api.Test;

class MarksTest {
    private static String show(List<Marks.Segment> segments) {
        StringBuilder out = new StringBuilder();
        for (Marks.Segment s : segments) {
            out.append(s.marked() ? "[" + s.text() + "]" : s.text());
        }
        return out.toString();
    }

    @Test
    void readsMatchesOfASnippetAndTurnsEntitiesBackIntoText() {
        List<Marks.Segment> segments = Marks.fromSnippet("a &lt;script&gt; <b>бюджет</b> &amp; &#x2F; &#39;<b>x</b>");
        assertEquals("a <script> [бюджет] & / '[x]", show(segments));
    }

    @Test
    void anUnclosedMatchTagIsDroppedNotPrinted() {
        assertEquals("a b", show(Marks.fromSnippet("a <b>b")));
    }

    @Test
    void marksOnlyTheEvidenceOfItsOwnUnitAndMergesOverlaps() {
        String text = "в течение десяти дней";
        List<Evidence> evidence = List.of(
                new Evidence(0, "десяти", 10, 16, "10"),
                new Evidence(0, "десяти дней", 10, 21, "10 day"),
                new Evidence(1, "в", 0, 1, ""));
        List<Marks.Segment> segments = Marks.fromEvidence(text, evidence, 0);
        assertEquals("в течение [десяти][ дней]", show(segments));
        assertEquals("10 day", segments.get(2).title());
    }

    @Test
    void evidenceBeyondTheTextIsCutToIt() {
        assertEquals("ab[c]", show(Marks.fromEvidence("abc", List.of(new Evidence(0, "cd", 2, 9, "")), 0)));
    }
}
