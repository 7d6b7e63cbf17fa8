package kg.kodeks.model;

import java.util.List;
import java.util.Locale;

/**
 * Akoma Ntoso element ids: {@code chp_3__art_12__para_2__point_1}. Levels are joined by
 * {@code __}; each level is its kind's prefix, {@code _} and the unit's number. Cyrillic letters
 * of subpoints are written in Latin so ids stay plain ASCII.
 */
public final class ElementIds {
    static final String SEPARATOR = "__";
    private static final String CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяңөү";
    private static final String[] LATIN = {
        "a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
        "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "ng", "oe", "ue"
    };

    private ElementIds() {}

    /** One level of an id, as in {@code art_12} or {@code subpoint_a}. */
    public static String level(UnitKind kind, String number) {
        return kind.prefix() + "_" + idNumber(number);
    }

    /** The child's id under a parent id (which may be empty for a top-level unit). */
    public static String child(String parentEid, UnitKind kind, String number) {
        String level = level(kind, number);
        return parentEid == null || parentEid.isEmpty() ? level : parentEid + SEPARATOR + level;
    }

    /** The levels of an id, outermost first. */
    public static List<String> levels(String eid) {
        return List.of(eid.split(SEPARATOR));
    }

    /**
     * The short form of an id that starts at the article ({@code art_12__para_2}), or the id
     * itself when it has no article level.
     */
    public static String shortForm(String eid) {
        int at = eid.startsWith("art_") ? 0 : eid.indexOf(SEPARATOR + "art_");
        return at <= 0 ? eid : eid.substring(at + SEPARATOR.length());
    }

    /** Writes a unit number for an id: lower case, Cyrillic letters in Latin, spaces removed. */
    public static String idNumber(String number) {
        StringBuilder out = new StringBuilder();
        for (char c : number.trim().toLowerCase(Locale.ROOT).toCharArray()) {
            int cyr = CYRILLIC.indexOf(c);
            if (cyr >= 0) {
                out.append(LATIN[cyr]);
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '.') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
