package kg.kodeks.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kg.kodeks.error.Problem;
import kg.kodeks.model.Act;

/**
 * What importing one file gave: the act and its text in the native format, or null when the
 * file could not be imported, every problem found, and where it was (or would be) written.
 *
 * @param file the file as the user named it
 * @param act the act, or null
 * @param markdown the act in the native corpus format, or null
 * @param baseName the corpus file name without {@code .<lang>.md}
 * @param target the corpus file written (or that a dry run would write), or null
 * @param written true when the corpus file was written
 * @param problems what was found, errors first as they came
 */
public record ImportedAct(
        String file, Act act, String markdown, String baseName, Path target, boolean written, List<Problem> problems) {
    public ImportedAct {
        problems = List.copyOf(problems);
    }

    /** True when the file gave an act and nothing stopped it. */
    public boolean ok() {
        return act != null && problems.stream().noneMatch(Problem::isError);
    }

    public ImportedAct withTarget(Path newTarget, boolean isWritten) {
        return new ImportedAct(file, act, markdown, baseName, newTarget, isWritten, problems);
    }

    /** A copy with one more problem. */
    public ImportedAct with(Problem problem) {
        List<Problem> all = new ArrayList<>(problems);
        all.add(problem);
        return new ImportedAct(file, act, markdown, baseName, target, written, all);
    }
}
