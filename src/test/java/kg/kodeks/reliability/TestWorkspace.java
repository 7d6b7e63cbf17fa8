package kg.kodeks.reliability;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import kg.kodeks.Workbench;
import kg.kodeks.model.Language;
import kg.kodeks.review.DraftsFixture;
import kg.kodeks.workspace.Workspace;

/**
 * A small writable workspace for the reliability tests: three sample acts in {@code corpus/},
 * the press-release template and data of the bundled sample, and a drafts repository with three
 * tagged versions, an open review round {@code r1} on {@code v2} and one comment in it.
 */
final class TestWorkspace {
    static final String ROUND = "r1";

    private TestWorkspace() {}

    static Workspace create(Path dir) throws Exception {
        Workspace ws = DraftsFixture.create(dir);
        copyFolder(resource("/search/corpus"), ws.corpus());
        Path project = Path.of("").toAbsolutePath();
        Files.createDirectories(ws.templates());
        Files.createDirectories(ws.documents());
        Files.copy(
                project.resolve("templates/press-release.rus.docx"),
                ws.templates().resolve("press-release.rus.docx"));
        Files.copy(
                project.resolve("documents/press-release.rus.yaml"),
                ws.documents().resolve("press-release.rus.yaml"));
        try (Workbench workbench = Workbench.open(ws)) {
            workbench.review().open("v2", LocalDate.now().plusDays(30), ROUND, Language.RUS);
            workbench.review().add(ROUND, "ст. 12", "Образцова А., пример", "Образец замечания", null);
        }
        return ws;
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(TestWorkspace.class.getResource(name).toURI());
    }

    static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
