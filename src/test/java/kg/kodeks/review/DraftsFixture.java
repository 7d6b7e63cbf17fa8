package kg.kodeks.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import kg.kodeks.workspace.Workspace;
import org.eclipse.jgit.api.Git;

/**
 * A temporary workspace whose {@code drafts/} is a Git repository with three tagged versions of
 * a small Russian draft: v1, v2 and v3, where v3 inserts a new article 14 (so the old 14 becomes
 * 15), removes the old article 15 and edits part 2 of article 12.
 */
public final class DraftsFixture {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private DraftsFixture() {}

    public static Workspace create(Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("ws"));
        Files.createDirectories(root.resolve("corpus"));
        Path drafts = Files.createDirectories(root.resolve("drafts"));
        try (Git git = Git.init()
                .setDirectory(drafts.toFile())
                .setInitialBranch("main")
                .call()) {
            for (String v : new String[] {"v1", "v2", "v3"}) {
                Files.writeString(drafts.resolve("code.rus.md"), resource(v + ".rus.md"), StandardCharsets.UTF_8);
                git.add().addFilepattern("code.rus.md").call();
                git.commit()
                        .setMessage("Draft " + v)
                        .setSign(false)
                        .setAuthor("Test", "test@example.org")
                        .setCommitter("Test", "test@example.org")
                        .call();
                if (v.equals("v2")) {
                    git.tag()
                            .setName(v)
                            .setAnnotated(true)
                            .setMessage(v)
                            .setSigned(false)
                            .call();
                } else {
                    git.tag().setName(v).setAnnotated(false).call();
                }
            }
        }
        return new Workspace(root, false);
    }

    static Clock clockAt(LocalDate day) {
        return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    static ReviewService service(Workspace ws, RepositoryDraftVersions drafts, LocalDate today) {
        return new ReviewService(ws, drafts, clockAt(today));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = DraftsFixture.class.getResourceAsStream("/review/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public static int commitCount(Workspace ws) throws Exception {
        try (Git git = Git.open(ws.drafts().toFile())) {
            int n = 0;
            for (var ignored : git.log().call()) {
                n++;
            }
            return n;
        }
    }
}
