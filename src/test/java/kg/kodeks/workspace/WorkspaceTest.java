package kg.kodeks.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import kg.kodeks.error.KodeksException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir
    Path dir;

    @Test
    void choosesTheGivenFolderFirst() throws Exception {
        Path given = Files.createDirectories(dir.resolve("given"));
        Path current = Files.createDirectories(dir.resolve("current/corpus")).getParent();
        Workspace ws = Workspace.choose(given, current, null);
        assertEquals(given.toAbsolutePath(), ws.root());
        assertFalse(ws.bundledSample());
    }

    @Test
    void choosesTheCurrentFolderWhenItHoldsACorpus() throws Exception {
        Path current = Files.createDirectories(dir.resolve("current/corpus")).getParent();
        Path bundled = Files.createDirectories(dir.resolve("bundled/corpus")).getParent();
        assertEquals(
                current.toAbsolutePath(),
                Workspace.choose(null, current, bundled).root());
    }

    @Test
    void fallsBackToTheBundledSampleWhichIsReadOnly() throws Exception {
        Path current = Files.createDirectories(dir.resolve("elsewhere"));
        Path bundled = Files.createDirectories(dir.resolve("bundled/corpus")).getParent();
        Workspace ws = Workspace.choose(null, current, bundled);
        assertTrue(ws.bundledSample());
        KodeksException e = assertThrows(KodeksException.class, () -> ws.requireWritable("commit"));
        assertTrue(e.getMessage().contains("kodeks init"), e.getMessage());
        assertTrue(e.localized(Locale.forLanguageTag("ru")).contains("kodeks init DIR"));
    }

    @Test
    void refusesAMissingWorkspaceNamingIt() {
        KodeksException e = assertThrows(KodeksException.class, () -> Workspace.choose(dir.resolve("nope"), dir, null));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void refusesPathsLeadingOutside() throws Exception {
        Workspace ws = new Workspace(dir, false);
        assertEquals(dir.resolve("out/a.docx").toAbsolutePath(), ws.inside("out/a.docx"));
        assertThrows(KodeksException.class, () -> ws.inside("../etc/passwd"));
        assertThrows(KodeksException.class, () -> ws.inside("/etc/passwd"));
        assertThrows(KodeksException.class, () -> ws.inside("out/../../x"));
    }

    @Test
    void initCopiesTheSampleAndRefusesAFolderInUse() throws Exception {
        Path sample = dir.resolve("sample");
        Files.createDirectories(sample.resolve("corpus"));
        Files.writeString(sample.resolve("corpus/a.rus.md"), "text");
        Files.createDirectories(sample.resolve("templates"));
        Files.createDirectories(sample.resolve(".kodeks/index"));
        Workspace created = WorkspaceInit.copySample(new Workspace(sample, true), dir.resolve("new"));
        assertEquals("text", Files.readString(created.root().resolve("corpus/a.rus.md")));
        assertTrue(Files.isDirectory(created.documents()));
        assertFalse(Files.exists(created.cache()), "the index is not copied");
        assertThrows(
                KodeksException.class, () -> WorkspaceInit.copySample(new Workspace(sample, true), dir.resolve("new")));
    }
}
