package kg.kodeks.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;
import kg.kodeks.review.DocxTables.Cell;
import kg.kodeks.workspace.Workspace;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewBadInputTest {
    @TempDir
    Path dir;

    private Workspace ws;

    @BeforeEach
    void openRound() throws Exception {
        ws = DraftsFixture.create(dir);
        try (RepositoryDraftVersions drafts = RepositoryDraftVersions.open(ws.drafts())) {
            ReviewService review = DraftsFixture.service(ws, drafts, DraftsFixture.TODAY);
            review.open("v2", LocalDate.of(2026, 3, 20), "r1", Language.RUS);
            review.add("r1", "ст. 12", "А", "Текст", null);
        }
    }

    /** Runs the call, expects the message key, and checks that nothing was committed or left behind. */
    private void refused(String key, ReviewCall call) throws Exception {
        int before = DraftsFixture.commitCount(ws);
        try (RepositoryDraftVersions drafts = RepositoryDraftVersions.open(ws.drafts())) {
            ReviewService review = DraftsFixture.service(ws, drafts, DraftsFixture.TODAY);
            KodeksException e = assertThrows(KodeksException.class, () -> call.run(review));
            assertEquals(key, e.key(), e.getMessage());
        }
        assertEquals(before, DraftsFixture.commitCount(ws));
        try (Git git = Git.open(ws.drafts().toFile())) {
            assertTrue(git.status().call().isClean(), "nothing written");
        }
    }

    interface ReviewCall {
        void run(ReviewService review) throws Exception;
    }

    @Test
    void refusesAnUnknownUnitNamingIt() throws Exception {
        refused("unit.unknown", r -> r.add("r1", "art_99", "А", "Текст", null));
        refused("unit.unknown", r -> r.add("r1", "ст. 14 ч. 5", "А", "Текст", null));
    }

    @Test
    void refusesADecisionOnAnUnknownComment() throws Exception {
        refused("comment.unknown", r -> r.decide("r1-099", Decision.ACCEPTED, "Да", "Б"));
        refused("comment.unknown", r -> r.decide("../../x", Decision.ACCEPTED, "Да", "Б"));
        refused("decision.noReason", r -> r.decide("r1-001", Decision.ACCEPTED, " ", "Б"));
        refused("decision.bad", r -> r.decide("r1-001", Decision.OPEN, "Да", "Б"));
    }

    @Test
    void refusesARoundThatDoesNotExist() throws Exception {
        refused("round.unknown", r -> r.add("r7", "ст. 12", "А", "Текст", null));
        refused("round.unknown", r -> r.summary("r7"));
        refused("round.unknown", r -> r.importForm(dir.resolve("x.docx"), "r7", "А"));
    }

    @Test
    void refusesBadRounds() throws Exception {
        refused("version.unknown", r -> r.open("v9", LocalDate.of(2026, 4, 1), null, Language.RUS));
        refused("round.exists", r -> r.open("v3", LocalDate.of(2026, 4, 1), "r1", Language.RUS));
        refused("round.dueInPast", r -> r.open("v3", LocalDate.of(2026, 3, 1), null, Language.RUS));
        refused("round.badId", r -> r.open("v3", LocalDate.of(2026, 4, 1), "../r", Language.RUS));
        refused("draft.missing", r -> r.open("v3", LocalDate.of(2026, 4, 1), null, Language.KIR));
    }

    @Test
    void refusesADocxWithoutACommentTable() throws Exception {
        Path noTable = dir.resolve("letter.docx");
        var pkg = org.docx4j.openpackaging.packages.WordprocessingMLPackage.createPackage();
        pkg.getMainDocumentPart().addParagraphOfText("Замечаний нет");
        pkg.save(noTable.toFile());
        refused("docx.noTable", r -> r.importForm(noTable, "r1", "А"));
        Path notZip = Files.writeString(dir.resolve("text.docx"), "just text");
        refused("docx.notDocx", r -> r.importForm(notZip, "r1", "А"));
        refused("docx.missing", r -> r.importForm(dir.resolve("absent.docx"), "r1", "А"));
        Path empty = dir.resolve("empty.docx");
        DocxTables.write(empty, List.of(), List.of(List.of(Cell.of("Единица"), Cell.of("Замечание"))));
        refused("docx.noComments", r -> r.importForm(empty, "r1", "А"));
    }

    @Test
    void writesNothingWhenNoRowCanBePlaced() throws Exception {
        Path form = dir.resolve("unplaceable.docx");
        DocxTables.write(
                form,
                List.of(),
                List.of(
                        List.of(Cell.of("Единица"), Cell.of("Замечание"), Cell.of("Редакция")),
                        List.of(Cell.of("ст. 99"), Cell.of("Нет такой статьи"), Cell.of("")),
                        List.of(Cell.of("вообще"), Cell.of("Общее"), Cell.of(""))));
        int before = DraftsFixture.commitCount(ws);
        try (RepositoryDraftVersions drafts = RepositoryDraftVersions.open(ws.drafts())) {
            ImportReport report =
                    DraftsFixture.service(ws, drafts, DraftsFixture.TODAY).importForm(form, "r1", "А");
            assertTrue(report.added().isEmpty());
            assertEquals(
                    List.of(2, 3),
                    report.unplaced().stream().map(ImportReport.Unplaced::row).toList());
        }
        assertEquals(before, DraftsFixture.commitCount(ws));
        try (Git git = Git.open(ws.drafts().toFile())) {
            assertTrue(git.status().call().isClean());
        }
    }

    @Test
    void refusesAZipBomb() throws Exception {
        Path bomb = dir.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(bomb) < 1_000_000);
        refused("docx.bomb", r -> r.importForm(bomb, "r1", "А"));
    }

    @Test
    void refusesEntryNamesThatClimbOut() throws Exception {
        Path form = validForm();
        Path evil = rewrite(form, "evil.docx", "../../evil.xml", "<x/>".getBytes(StandardCharsets.UTF_8));
        refused("docx.badEntry", r -> r.importForm(evil, "r1", "А"));
    }

    @Test
    void refusesADoctypeBeforeDocx4jParses() throws Exception {
        Path form = validForm();
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        Path evil = rewrite(form, "xxe.docx", "word/settings2.xml", xxe.getBytes(StandardCharsets.UTF_8));
        refused("docx.doctype", r -> r.importForm(evil, "r1", "А"));
    }

    @Test
    void refusesWritesOnTheBundledSample() throws Exception {
        Workspace sample = new Workspace(ws.root(), true);
        try (RepositoryDraftVersions drafts = RepositoryDraftVersions.open(ws.drafts())) {
            ReviewService review = DraftsFixture.service(sample, drafts, DraftsFixture.TODAY);
            KodeksException e =
                    assertThrows(KodeksException.class, () -> review.add("r1", "ст. 12", "А", "Текст", null));
            assertEquals("workspace.readOnly", e.key());
            assertFalse(review.list(ReviewService.Filter.all()).isEmpty(), "reading is allowed");
        }
    }

    private Path validForm() throws Exception {
        Path form = dir.resolve("form.docx");
        DocxTables.write(form, List.of(), List.of(List.of(Cell.of("ст. 12"), Cell.of("Замечание"), Cell.of(""))));
        return form;
    }

    /** A copy of a DOCX with one more entry. */
    private Path rewrite(Path from, String name, String entry, byte[] content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(entry));
            out.write(content);
            out.closeEntry();
        }
        Path target = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(target)) {
            bytes.writeTo(out);
        }
        return target;
    }
}
