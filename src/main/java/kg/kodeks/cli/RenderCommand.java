package kg.kodeks.cli;

import java.nio.file.Path;
import kg.kodeks.Workbench;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;
import kg.kodeks.render.DocumentKind;
import kg.kodeks.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kodeks render KIND --out FILE.docx}: one official document from its template and data. */
@Command(name = "render", subcommands = RedlineCommand.class, description = "Render an official document: press-release, protocol, plan, comparative-table, "
        + "comments-table, comment-form, findings-report or code.")
final class RenderCommand extends BaseCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "KIND", converter = DocumentKindConverter.class,
            description = "The kind of document.")
    DocumentKind kind;

    @Option(names = "--data", paramLabel = "FILE", description = "YAML data (default: documents/KIND.LANG.yaml).")
    Path data;

    @Option(names = "--version", paramLabel = "REV", description = "Draft version (needs the drafts feature).")
    String version;

    @Option(names = "--round", paramLabel = "R", description = "Review round (needs the review feature).")
    String round;

    @Option(names = "--out", paramLabel = "FILE.docx", description = "Where to write the document.")
    Path out;

    @Override
    int run(Workbench workbench) throws Exception {
        if (kind == null || out == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "render needs KIND and --out FILE.docx");
        }
        if (version != null || round != null) {
            throw new KodeksException(BUNDLE, "render.notYet", version != null ? "--version" : "--round");
        }
        Language language = global.language() != null ? global.language() : Language.RUS;
        Renderer.Result result = workbench.render().render(kind, data, language, out.toAbsolutePath());
        if (global.json()) {
            printJson(java.util.Map.of("out", result.out().toString(), "template", result.template().toString(),
                    "data", result.data().toString()));
        } else {
            out().println(text("render.done", result.out(), result.template(), result.data()));
        }
        return ExitCodes.OK;
    }
}
