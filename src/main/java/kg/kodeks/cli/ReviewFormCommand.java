package kg.kodeks.cli;

import java.nio.file.Path;
import kg.kodeks.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kodeks review form --round R [--out FILE.docx]}: the empty comment form to send out. */
@Command(name = "form", description = "Write the empty DOCX comment form of a round.")
final class ReviewFormCommand extends BaseCommand {
    @Option(names = "--round", required = true, paramLabel = "R")
    String round;

    @Option(
            names = "--out",
            paramLabel = "FILE.docx",
            description = "Default: out/review-<round>-form.docx of the workspace.")
    Path outFile;

    @Override
    int run(Workbench workbench) throws Exception {
        Path target = outFile != null
                ? outFile.toAbsolutePath()
                : workbench.workspace().out().resolve("review-" + round + "-form.docx");
        Path written = workbench.review().form(round, target);
        out().println(text("review.form", written));
        return ExitCodes.OK;
    }
}
