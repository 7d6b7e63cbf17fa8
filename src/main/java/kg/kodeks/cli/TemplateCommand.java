package kg.kodeks.cli;

import java.nio.file.Path;
import java.util.List;
import kg.kodeks.Workbench;
import kg.kodeks.error.Problem;
import kg.kodeks.model.Language;
import kg.kodeks.render.DocumentKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kodeks template check FILE}: the template linter. */
@Command(name = "template", description = "Work with document templates.", subcommands = TemplateCommand.Check.class)
final class TemplateCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "missing subcommand: try kodeks template check FILE");
    }

    /** Checks one template's tags, against a kind's sample data or a data file when given. */
    @Command(
            name = "check",
            description = "Check a template: unknown fields, unclosed or crossed sections, "
                    + "sections crossing table cells, tags broken by formatting.")
    static final class Check extends BaseCommand {
        @Parameters(index = "0", paramLabel = "FILE", description = "The .docx template.")
        Path file;

        @Option(
                names = "--kind",
                paramLabel = "KIND",
                converter = DocumentKindConverter.class,
                description = "Check fields against this kind's sample data.")
        DocumentKind kind;

        @Option(names = "--data", paramLabel = "FILE", description = "Check fields against this YAML data.")
        Path data;

        @Override
        int run(Workbench workbench) throws Exception {
            Language language = global.language() != null ? global.language() : Language.RUS;
            List<Problem> problems = workbench.render().check(file, kind, data, language);
            if (global.json()) {
                printJson(problems.stream()
                        .map(p -> java.util.Map.of(
                                "where", p.file(), "key", p.key(), "message", p.message(global.uiLocale())))
                        .toList());
            } else {
                problems.forEach(p -> out().println(p.describe(global.uiLocale())));
                out().println(text(problems.isEmpty() ? "template.ok" : "template.problems", file, problems.size()));
            }
            return problems.isEmpty() ? ExitCodes.OK : ExitCodes.USER_ERROR;
        }
    }
}
