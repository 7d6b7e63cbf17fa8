package kg.kodeks.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kg.kodeks.Workbench;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;
import kg.kodeks.review.Decision;
import kg.kodeks.review.Round;
import kg.kodeks.workspace.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The secretariat makes its documents from the draft history, a review round and the findings. */
class WorkspaceDocumentsTest {
    @TempDir
    static Path dir;

    static Workbench workbench;

    @BeforeAll
    static void sampleWorkspace() throws Exception {
        workbench = Workbench.init(new Workspace(Path.of("").toAbsolutePath(), true), dir.resolve("ws"));
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    @Test
    void theCodeOfAnOlderVersionIsRenderedFromThatVersion() throws Exception {
        Path out = dir.resolve("code-v1.docx");
        workbench.documents().code("v1-concept", Language.RUS, out);
        String v1 = text(out);
        workbench.documents().code("v3-after-meeting", Language.RUS, dir.resolve("code-v3.docx"));
        String v3 = text(dir.resolve("code-v3.docx"));
        assertTrue(v1.contains("Статья 1."), v1);
        assertFalse(v1.equals(v3), "two versions give two different documents");
        assertFalse(v1.contains("source:"), "source annotations stay out of the document");
    }

    @Test
    void theComparativeTableQuotesTheSourceNormsOfEachArticle() throws Exception {
        Path out = dir.resolve("comparative.docx");
        workbench.documents().comparativeTable("v3-after-meeting", Language.RUS, out);
        String text = text(out);
        assertTrue(text.contains("Закона Кыргызской Республики"), "the current wording is cited: " + text);
        assertTrue(text.contains("Нормы, включённые в статью"), text);
        assertFalse(text.contains("главы 1–2"), "the sample title's chapter range is dropped: " + text);
    }

    @Test
    void theSummaryTableListsTheCommentsOfTheRoundWithTheirDecisions() throws Exception {
        Round round = workbench.review().open("v2-iwg", LocalDate.now().plusDays(7), null, Language.RUS);
        String first = workbench
                .review()
                .add(
                        round.id(),
                        "art_5",
                        "Эсенова А. (образец), Союз МСУ (образец)",
                        "Уточнить перечень вопросов местного значения (образец).",
                        "")
                .id();
        workbench
                .review()
                .add(
                        round.id(),
                        "art_8__para_1",
                        "Жумабеков Т. (образец)",
                        "Срок полномочий указать в годах (образец).",
                        "");
        workbench.review().decide(first, Decision.ACCEPTED, "Перечень уточнён (образец).", "Секретариат (образец)");
        Path table = dir.resolve("comments.docx");
        workbench.documents().commentsTable(round.id(), Language.RUS, table);
        String text = text(table);
        assertTrue(text.contains("Уточнить перечень вопросов местного значения"), text);
        assertTrue(text.contains("Принято") && text.contains("Не рассмотрено"), text);
        assertTrue(text.contains("Перечень уточнён"), text);

        Path form = dir.resolve("form.docx");
        workbench.documents().commentForm(round.id(), Language.KIR, form);
        String formText = text(form);
        assertTrue(
                formText.contains(round.due().getYear() + "-жылдын"), "the round's due date, in Kyrgyz: " + formText);
    }

    @Test
    void anUnknownRoundOrVersionIsRefusedAndNothingIsWritten() {
        Path out = dir.resolve("none.docx");
        KodeksException round = assertThrows(
                KodeksException.class, () -> workbench.documents().commentsTable("r99", Language.RUS, out));
        assertTrue(round.getMessage().contains("r99"), round.getMessage());
        assertThrows(KodeksException.class, () -> workbench.documents().code("v9-none", Language.RUS, out));
        assertFalse(Files.exists(out));
    }

    @Test
    void theRedlineIsCreditedToTheAuthorOfTheNewerVersion() throws Exception {
        Path out = dir.resolve("redline.docx");
        workbench.documents().redline("v1-concept", "v3-after-meeting", Language.RUS, out);
        String xml = part(out, "word/document.xml");
        var repo = workbench.drafts().repository();
        String author = repo.info(repo.commit("v3-after-meeting")).author();
        assertTrue(xml.contains("w:author=\"" + author + "\""), "tracked changes by " + author);
        assertTrue(xml.contains("<w:ins ") && xml.contains("<w:del "), "both insertions and deletions");
    }

    @Test
    void theFindingsReportHasOneRowPerFindingNamedInTheDocumentsLanguage() throws Exception {
        Path out = dir.resolve("findings.docx");
        workbench.documents().findingsReport(kg.kodeks.findings.FindingType.REFERENCE, Language.KIR, out);
        String text = text(out);
        long expected = workbench
                .findings()
                .list(java.util.EnumSet.of(kg.kodeks.findings.FindingType.REFERENCE))
                .size();
        assertEquals(expected, text.split("Шилтеме: ", -1).length - 1, text);
        assertTrue(text.contains("Шилтеме: мындай бирдик жок"), text);
        assertFalse(text.contains("missing-unit"), text);
    }

    private static String text(Path docx) throws IOException {
        return part(docx, "word/document.xml")
                .replaceAll("<w:tab/>", " ")
                .replaceAll("</w:p>", "\n")
                .replaceAll("<[^>]+>", "");
    }

    private static String part(Path docx, String name) throws IOException {
        try (InputStream in = Files.newInputStream(docx);
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException(name + " not in " + docx);
    }
}
