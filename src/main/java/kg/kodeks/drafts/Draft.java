package kg.kodeks.drafts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.kodeks.error.Problem;
import kg.kodeks.model.Act;
import kg.kodeks.model.Language;

/** The draft Code in both languages, as found in one version (a commit or the working copy). */
public record Draft(Map<Language, DraftFile> files) {
    public Draft {
        files = files.isEmpty() ? Map.of() : new EnumMap<>(files);
    }

    /** The file name of the draft in one language. */
    public static String fileName(Language language) {
        return "code." + language.code() + ".md";
    }

    public Optional<DraftFile> file(Language language) {
        return Optional.ofNullable(files.get(language));
    }

    /** The Code in one language, if that file exists and reads without errors. */
    public Optional<Act> act(Language language) {
        return file(language).map(DraftFile::act);
    }

    /** Every problem of every file. */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>();
        files.values().forEach(f -> all.addAll(f.problems()));
        return all;
    }
}
