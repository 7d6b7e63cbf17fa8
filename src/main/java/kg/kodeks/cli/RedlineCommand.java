package kg.kodeks.cli;

import java.nio.file.Path;
import kg.kodeks.Workbench;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;
import kg.kodeks.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kodeks render redline A B --from-file --out FILE.docx}: the Code with tracked changes. */
@Command(name = "redline", description = "Render the Code with the changes from version A to version B as tracked changes.")
final class RedlineCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "A", description = "The older version (a Markdown file with --from-file).")
    Path older;

    @Parameters(index = "1", paramLabel = "B", description = "The newer version (a Markdown file with --from-file).")
    Path newer;

    @Option(names = "--from-file", description = "A and B are Markdown files (draft revisions need the drafts feature).")
    boolean fromFile;

    @Option(names = "--author", paramLabel = "NAME", defaultValue = "Kodeks", description = "Author of the changes.")
    String author;

    @Option(names = "--out", paramLabel = "FILE.docx", required = true, description = "Where to write the redline.")
    Path out;

    @Override
    int run(Workbench workbench) throws Exception {
        if (!fromFile) {
            throw new KodeksException(BUNDLE, "render.notYet", "A B (draft revisions)");
        }
        Language language = global.language() != null ? global.language() : Language.RUS;
        Renderer.Result result = workbench.render().redline(older.toAbsolutePath(), newer.toAbsolutePath(), language,
                out.toAbsolutePath(), author);
        out().println(text("render.done", result.out(), result.template(), result.data()));
        return ExitCodes.OK;
    }
}
