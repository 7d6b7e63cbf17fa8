package kg.kodeks.cli;

import java.nio.file.Path;
import kg.kodeks.Workbench;
import kg.kodeks.model.Language;
import kg.kodeks.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kodeks render redline A B --out FILE.docx}: the Code of draft version B with the changes
 * since version A as tracked changes by B's author; with {@code --from-file}, A and B are Markdown files.
 */
@Command(
        name = "redline",
        description = "Render the Code with the changes from version A to version B as tracked changes.")
final class RedlineCommand extends BaseCommand {
    @Parameters(
            index = "0",
            paramLabel = "A",
            description = "The older draft version (tag, commit; a Markdown file with --from-file).")
    String older;

    @Parameters(
            index = "1",
            paramLabel = "B",
            description = "The newer draft version (tag, commit, working; a Markdown file with --from-file).")
    String newer;

    @Option(names = "--from-file", description = "A and B are Markdown files rather than draft versions.")
    boolean fromFile;

    @Option(
            names = "--author",
            paramLabel = "NAME",
            defaultValue = "Kodeks",
            description = "Author of the changes with --from-file (for versions: the author of B's commit).")
    String author;

    @Option(names = "--out", paramLabel = "FILE.docx", required = true, description = "Where to write the redline.")
    Path out;

    @Override
    int run(Workbench workbench) throws Exception {
        Language language = global.language() != null ? global.language() : Language.RUS;
        Renderer.Result result = fromFile
                ? workbench
                        .render()
                        .redline(
                                Path.of(older).toAbsolutePath(),
                                Path.of(newer).toAbsolutePath(),
                                language,
                                out.toAbsolutePath(),
                                author)
                : workbench.documents().redline(older, newer, language, out.toAbsolutePath());
        out().println(text("render.done", result.out(), result.template(), result.data()));
        return ExitCodes.OK;
    }
}
