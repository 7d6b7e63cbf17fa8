package kg.kodeks.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kg.kodeks.Workbench;
import kg.kodeks.error.KodeksException;
import kg.kodeks.findings.Finding;
import kg.kodeks.findings.FindingType;
import kg.kodeks.findings.FindingUnit;
import kg.kodeks.findings.FindingsReport;
import kg.kodeks.workspace.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kodeks findings}: duplicates, conflicts, dangling references and language differences. */
@Command(
        name = "findings",
        description = "List duplicate and conflicting norms, dangling references and Kyrgyz/Russian differences.",
        subcommands = {FindingsDecideCommand.class, FindingsEvaluateCommand.class})
final class FindingsCommand extends BaseCommand {
    @Option(
            names = "--type",
            paramLabel = "duplicate|conflict|reference|parity",
            split = ",",
            description = "Only findings of these types.")
    List<String> types;

    @Option(
            names = "--format",
            paramLabel = "csv|html|json",
            description = "Output format (default: text, or JSON with --json).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of the terminal.")
    Path outFile;

    @Override
    int run(Workbench workbench) throws Exception {
        List<Finding> findings = workbench.findings().list(types());
        String chosen = format != null ? format.toLowerCase(Locale.ROOT) : global.json() ? "json" : "text";
        String rendered = switch (chosen) {
            case "json" -> FindingsReport.json(findings);
            case "csv" -> FindingsReport.csv(findings);
            case "html" -> FindingsReport.html(findings);
            case "text" -> text(findings);
            default -> throw new KodeksException(BUNDLE, "findings.badFormat", format);
        };
        if (outFile != null) {
            Path target = outFile.toAbsolutePath().normalize();
            AtomicFiles.writeString(target, rendered);
            err().println(text("findings.written", findings.size(), target));
        } else {
            out().print(rendered);
            if (!rendered.endsWith("\n")) {
                out().println();
            }
        }
        out().flush();
        err().flush();
        return ExitCodes.OK;
    }

    private Set<FindingType> types() throws KodeksException {
        Set<FindingType> out = EnumSet.noneOf(FindingType.class);
        for (String t : types == null ? List.<String>of() : types) {
            try {
                out.add(FindingType.parse(t));
            } catch (IllegalArgumentException e) {
                throw new KodeksException(BUNDLE, "findings.badType", t);
            }
        }
        return out;
    }

    /** One block per finding: id, kind, units, and the explanation in the language of messages. */
    private String text(List<Finding> findings) {
        boolean kyrgyz = global.uiLocale().getLanguage().equals("ky");
        StringBuilder out = new StringBuilder(text("findings.header", findings.size())).append('\n');
        for (Finding f : findings) {
            out.append('\n')
                    .append(f.id())
                    .append("  ")
                    .append(f.type())
                    .append('/')
                    .append(f.subtype())
                    .append("  ")
                    .append(f.severity());
            if (f.decision() != null) {
                out.append("  [")
                        .append(f.decision().status())
                        .append(f.decision().stale() ? ", stale" : "")
                        .append(']');
            }
            out.append('\n');
            for (FindingUnit u : f.units()) {
                out.append("  ")
                        .append(u.citation())
                        .append("  (")
                        .append(u.address())
                        .append(")\n");
            }
            out.append("  ")
                    .append(kyrgyz ? f.explanation().kir() : f.explanation().rus())
                    .append('\n');
        }
        return out.toString();
    }
}
