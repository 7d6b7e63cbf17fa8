package kg.kodeks.drafts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kg.kodeks.model.Language;
import org.eclipse.jgit.lib.PersonIdent;

/** What the drafts tests share: the bundled sample draft, small fixtures, and command-line git. */
final class DraftTesting {
    static final PersonIdent ALICE = new PersonIdent("Алия Тестова", "aliya@example.kg");
    static final PersonIdent BEK = new PersonIdent("Бек Тестов", "bek@example.kg");

    private DraftTesting() {}

    /** The bundled sample's drafts folder (tests run at the repository root). */
    static Path sampleDrafts() {
        return Path.of("drafts").toAbsolutePath();
    }

    /** A drafts repository with the sample history in {@code dir/drafts}. */
    static Path sampleRepository(Path dir) throws Exception {
        Path drafts = dir.resolve("drafts");
        SampleHistory.build(sampleDrafts(), drafts);
        return drafts;
    }

    static String fixture(String name) throws IOException {
        try (var in = DraftTesting.class.getResourceAsStream("/drafts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A workspace folder with the small test corpus. */
    static Path workspaceWithCorpus(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("corpus"));
        for (String name : List.of("act.rus.md", "other.rus.md")) {
            Files.writeString(dir.resolve("corpus").resolve(name), fixture("corpus/" + name));
        }
        return dir;
    }

    static DraftFile parseFixture(String name, Language language) throws IOException {
        return DraftReader.parse(name, language, fixture(name));
    }

    /** Replaces text in one draft file of a working copy. */
    static void edit(Path drafts, Language language, String from, String to) throws IOException {
        Path file = drafts.resolve(Draft.fileName(language));
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalArgumentException("no «" + from + "» in " + file);
        }
        Path temp = file.resolveSibling(file.getFileName() + ".edit");
        Files.writeString(temp, text.replace(from, to));
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    static boolean gitInstalled() {
        try {
            return run(Path.of("."), "git", "--version").exit == 0;
        } catch (IOException e) {
            return false;
        }
    }

    record Result(int exit, String output) {}

    static Result run(Path dir, String... command) throws IOException {
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + String.join(" ", command));
            }
            return new Result(p.exitValue(), out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** {@code git fsck --full} must find nothing wrong (skipped when git is not installed). */
    static void assertFsckClean(Path repository) throws IOException {
        if (!gitInstalled()) {
            return;
        }
        Result fsck = run(repository, "git", "fsck", "--full", "--strict");
        assertEquals(0, fsck.exit(), fsck.output());
    }
}
