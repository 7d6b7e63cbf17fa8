package kg.kodeks.drafts;

import java.util.List;
import kg.kodeks.error.Problem;
import kg.kodeks.model.Act;
import kg.kodeks.model.Language;

/**
 * One language version of the draft as read from its file.
 *
 * @param name the file name inside {@code drafts/} ({@code code.rus.md})
 * @param language the language the file name promises
 * @param act the Code as a legal text, or null when the file has errors
 * @param versionNote the {@code version} field of the front matter, empty when absent
 * @param sources the source annotations, in file order
 * @param problems what was wrong in the file
 */
public record DraftFile(
        String name, Language language, Act act, String versionNote, List<SourceNote> sources, List<Problem> problems) {
    public DraftFile {
        versionNote = versionNote == null ? "" : versionNote;
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return act != null;
    }
}
