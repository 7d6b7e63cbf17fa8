package kg.kodeks.cli;

import java.nio.file.Path;
import kg.kodeks.Workbench;
import kg.kodeks.documents.WorkspaceDocuments;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;
import kg.kodeks.render.DocumentKind;
import kg.kodeks.render.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kodeks render KIND --out FILE.docx}: one official document from its template and data. */
@Command(
        name = "render",
        subcommands = RedlineCommand.class,
        description = "Render an official document: press-release, protocol, plan, comparative-table, "
                + "comments-table, comment-form, findings-report or code.")
final class RenderCommand extends BaseCommand {
    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "KIND",
            converter = DocumentKindConverter.class,
            description = "The kind of document.")
    DocumentKind kind;

    @Option(names = "--data", paramLabel = "FILE", description = "YAML data (default: documents/KIND.LANG.yaml).")
    Path data;

    @Option(
            names = "--version",
            paramLabel = "REV",
            description = "For code and comparative-table: the draft version "
                    + "(tag, commit, or working for the uncommitted files) instead of the sample data.")
    String version;

    @Option(names = "--round", paramLabel = "R", description = "For comments-table and comment-form: the review round.")
    String round;

    @Option(names = "--findings", description = "For findings-report: the findings of the workspace's corpus.")
    boolean findings;

    @Option(names = "--out", paramLabel = "FILE.docx", description = "Where to write the document.")
    Path out;

    @Override
    int run(Workbench workbench) throws Exception {
        if (kind == null || out == null) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "render needs KIND and --out FILE.docx");
        }
        Language language = global.language() != null ? global.language() : Language.RUS;
        Renderer.Result result = usesWorkspace()
                ? workbench.documents().render(kind, version != null ? version : round, language, out.toAbsolutePath())
                : workbench.render().render(kind, data, language, out.toAbsolutePath());
        if (global.json()) {
            printJson(java.util.Map.of(
                    "out",
                    result.out().toString(),
                    "template",
                    result.template().toString(),
                    "data",
                    result.data().toString()));
        } else {
            out().println(text("render.done", result.out(), result.template(), result.data()));
        }
        return ExitCodes.OK;
    }

    /** True when an option asks for the document to be made from the workspace rather than data. */
    private boolean usesWorkspace() throws KodeksException {
        WorkspaceDocuments.MadeFrom asked = version != null
                ? WorkspaceDocuments.MadeFrom.VERSION
                : round != null
                        ? WorkspaceDocuments.MadeFrom.ROUND
                        : findings ? WorkspaceDocuments.MadeFrom.FINDINGS : null;
        if (asked == null) {
            return false;
        }
        String option = "--" + asked.name().toLowerCase(java.util.Locale.ROOT);
        if (data != null) {
            throw new KodeksException(BUNDLE, "render.dataAndSource", option);
        }
        if (WorkspaceDocuments.MadeFrom.of(kind) != asked) {
            throw new KodeksException(BUNDLE, "render.optionNotForKind", option, kind.id());
        }
        return true;
    }
}
