package kg.kodeks.review;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Act;
import kg.kodeks.model.Language;
import kg.kodeks.reliability.FuzzFigures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Coverage-guided fuzzing of the comment-form importer: any bytes given as a DOCX are refused
 * with a message or read; any table rows are placed on units or reported as unplaced, never an
 * exception.
 */
@Tag("fuzz")
@ExtendWith(FuzzFigures.class)
class CommentFormFuzzTest {
    private static final Act DRAFT = draft();

    private static Act draft() {
        try {
            return kg.kodeks.drafts.DraftReader.parse("code.rus.md", Language.RUS, DraftsFixture.resource("v2.rus.md"))
                    .act();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void commentFormIsReadOrRefused(FuzzedDataProvider data) {
        List<DocxTables.Row> rows = new ArrayList<>();
        int count = data.consumeInt(0, 20);
        for (int r = 0; r < count; r++) {
            List<String> cells = new ArrayList<>();
            int width = data.consumeInt(0, 5);
            for (int c = 0; c < width; c++) {
                cells.add(data.consumeString(80));
            }
            rows.add(new DocxTables.Row(r + 1, cells));
        }
        CommentTable.place(rows, DRAFT);
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            SafeDocx.check("fuzz.docx", bytes);
            DocxTables.read("fuzz.docx", bytes);
        } catch (KodeksException expected) {
            // Refused with a message: what a broken form should get.
        }
    }
}
