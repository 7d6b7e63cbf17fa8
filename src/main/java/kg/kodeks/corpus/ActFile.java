package kg.kodeks.corpus;

import java.nio.file.Path;
import java.util.List;
import kg.kodeks.error.Problem;
import kg.kodeks.model.Act;

/**
 * What reading one corpus file gave: the act, or null when the file has errors, and every
 * problem found in it.
 */
public record ActFile(Path path, Act act, List<Problem> problems) {
    public ActFile {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return act != null;
    }
}
