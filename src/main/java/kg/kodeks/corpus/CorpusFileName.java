package kg.kodeks.corpus;

import java.nio.file.Path;
import java.util.Locale;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.ElementIds;
import kg.kodeks.model.WorkId;

/**
 * Names of corpus files, {@code <name>.<lang>.md}: derived from an imported file's name or
 * given by the user, always plain and inside {@code corpus/}.
 */
public final class CorpusFileName {
    private CorpusFileName() {}

    /**
     * The corpus file name for an imported file: its own name without extension and language
     * suffix, Cyrillic written in Latin, anything else a hyphen («Закон 101.rus.txt» →
     * {@code zakon-101}).
     */
    static String of(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        stem = stem.replaceAll("(?i)(?:[._-](?:rus|kir|ru|ky|kg|cp1251|win1251|utf-?8|1251))+$", "");
        return slug(stem);
    }

    static String slug(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                String latin = ElementIds.idNumber(String.valueOf(c));
                out.append(latin.matches("[a-z0-9]*") ? latin : "");
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        String slug = out.toString().replaceAll("-+$", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }

    /** The name for an act whose file name gives none: {@code law-2011-07-15-101}. */
    static String of(WorkId work) {
        return slug(work.type() + "-" + work.date() + "-" + work.number());
    }

    /**
     * Checks a corpus file name given by the user: letters, digits, dots, hyphens, underscores;
     * a trailing {@code .md} and language are dropped.
     */
    public static String checked(String given) throws KodeksException {
        String name = given.trim().replaceAll("(?i)(\\.(rus|kir))?\\.md$", "");
        if (!name.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*") || name.contains("..") || name.length() > 100) {
            throw new KodeksException(StructureParser.BUNDLE, "import.outName", given);
        }
        return name;
    }
}
