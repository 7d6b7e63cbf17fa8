package kg.kodeks.cli;

import kg.kodeks.Workbench;
import kg.kodeks.findings.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kodeks findings decide ID --status … --reason …}: records an expert's decision on a finding. */
@Command(
        name = "decide",
        description =
                "Mark a finding as confirmed or not a problem, with a reason (kept in drafts/findings/decisions.yaml).")
final class FindingsDecideCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The finding id, as listed by kodeks findings.")
    String id;

    @Option(names = "--status", required = true, paramLabel = "confirmed|not-a-problem", description = "The decision.")
    String status;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
    String reason;

    @Option(names = "--by", paramLabel = "NAME", description = "Who decides (default: the system user name).")
    String by;

    @Override
    int run(Workbench workbench) throws Exception {
        Finding decided = workbench.findings().decide(id, status, reason, by);
        if (global.json()) {
            printJson(decided);
        } else {
            out().println(text(
                    "findings.decided",
                    decided.id(),
                    workbench.findings().store().path()));
        }
        return ExitCodes.OK;
    }
}
