package kg.kodeks.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import kg.kodeks.Workbench;
import kg.kodeks.findings.Evaluation;
import kg.kodeks.findings.FindingType;
import kg.kodeks.findings.GroundTruth;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kodeks findings evaluate FILE…}: precision and recall of the detectors against ground truth. */
@Command(
        name = "evaluate",
        description = "Print precision and recall per finding type against ground-truth YAML files.")
final class FindingsEvaluateCommand extends BaseCommand {
    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Ground truth files (src/test/resources/groundtruth/*.yaml).")
    List<Path> files;

    @Option(names = "--details", description = "Also list what was missed and what was found in excess.")
    boolean details;

    @Override
    int run(Workbench workbench) throws Exception {
        List<GroundTruth.Item> truth = GroundTruth.read(files);
        Map<FindingType, Evaluation.Score> scores =
                Evaluation.score(workbench.findings().list(EnumSet.noneOf(FindingType.class)), truth);
        if (global.json()) {
            printJson(scores.values().stream()
                    .map(s -> Map.of(
                            "type",
                            s.type().code(),
                            "expected",
                            s.expected(),
                            "found",
                            s.found(),
                            "precision",
                            s.precision(),
                            "recall",
                            s.recall()))
                    .toList());
        } else {
            out().print(Evaluation.table(scores));
            if (details) {
                out().print(Evaluation.details(scores));
            }
        }
        return ExitCodes.OK;
    }
}
