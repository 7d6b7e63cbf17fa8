package kg.kodeks.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static Finding hostile() {
        String text = "Норма <script>alert(1)</script> & «10 дней»";
        int start = text.indexOf("10 дней");
        FindingUnit unit = new FindingUnit("art_1", "/akn/kg/act/law/2020-01-10/1", "rus", "статья 1 <b>", text);
        return Finding.of(
                FindingType.CONFLICT,
                "number",
                Finding.HIGH,
                List.of(unit),
                List.of(Evidence.of(0, text, start, start + 7, "duration 10 day")),
                new Explanation("=SUM(A1)", "a\"b"));
    }

    @Test
    void htmlEscapesEveryTextAndHighlightsEvidence() {
        String html = FindingsReport.html(List.of(hostile()));
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;"), html);
        assertTrue(html.contains("<mark title=\"duration 10 day\">10 дней</mark>"), html);
        assertTrue(html.contains("статья 1 &lt;b&gt;"), html);
        assertFalse(html.contains("<script src") || html.contains("<link"), "self-contained");
    }

    @Test
    void csvQuotesCellsAndDefusesFormulas() {
        String csv = FindingsReport.csv(List.of(hostile()));
        assertTrue(csv.contains("\"'=SUM(A1)\""), csv);
        assertTrue(csv.contains("\"a\"\"b\""), csv);
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        JsonNode root = new ObjectMapper().readTree(FindingsReport.json(Fixtures.findings()));
        JsonNode first = root.get("findings").get(0);
        for (String field :
                List.of("id", "type", "subtype", "severity", "units", "evidence", "explanation", "decision")) {
            assertTrue(first.has(field), field);
        }
        assertTrue(first.get("decision").isNull());
        JsonNode unit = first.get("units").get(0);
        for (String field : List.of("eid", "act", "lang", "citation", "text")) {
            assertTrue(unit.has(field), field);
        }
        assertTrue(
                first.get("explanation").has("rus") && first.get("explanation").has("kir"));
    }

    @Test
    void overlappingEvidenceIsHighlightedOnce() {
        String text = "abcdef";
        String out =
                FindingsReport.highlight(text, List.of(Evidence.of(0, text, 1, 4, ""), Evidence.of(0, text, 2, 5, "")));
        assertEquals("a<mark title=\"\">bcd</mark><mark title=\"\">e</mark>f", out);
    }
}
