package kg.kodeks.review;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.kodeks.model.Act;
import kg.kodeks.model.ElementIds;
import kg.kodeks.model.Unit;
import kg.kodeks.model.UnitKind;

/**
 * Reads a unit the way members write it in a comment table and finds it in the draft: Russian
 * («ст. 12 ч. 2», «статья 12, часть 2, пункт 3», «часть 2 статьи 12», «пп. «а» п. 3»), Kyrgyz
 * («12-берене, 2-бөлүк», «12-беренесинин 2-бөлүгү»), or an element id ({@code art_12__para_2}).
 * The levels may come in either order; each level may be named once.
 */
public final class UnitCitations {
    private static final String NUM = "(\\d+(?:[-.]\\d+)?)";
    private static final String LETTER = "[«\"']?([а-яёa-zңөү])[»\"']?";
    private static final Pattern ID = Pattern.compile("[a-z]+_[0-9a-z.\\-]+(__[a-z]+_[0-9a-z.\\-]+)*");
    private static final List<Level> RUSSIAN = List.of(
            new Level(UnitKind.CHAPTER, Pattern.compile("(?<![\\p{L}])(?:глав[аыеу]?|гл\\.)\\s*" + NUM)),
            new Level(UnitKind.ARTICLE, Pattern.compile("(?<![\\p{L}])(?:стать[яиеюей]{1,2}|ст\\.?)\\s*" + NUM)),
            new Level(UnitKind.PART, Pattern.compile("(?<![\\p{L}])(?:част[ьиейю]{1,2}|ч\\.?)\\s*" + NUM)),
            new Level(
                    UnitKind.SUBPOINT,
                    Pattern.compile("(?<![\\p{L}])(?:подпункт[аеу]?|пп\\.?)\\s*" + LETTER + "(?![\\p{L}])")),
            new Level(UnitKind.POINT, Pattern.compile("(?<![\\p{L}])(?:пункт[аеу]?|п\\.?)\\s*" + NUM)));
    private static final List<Level> KYRGYZ = List.of(
            new Level(UnitKind.CHAPTER, Pattern.compile(NUM + "\\s*-\\s*(?:глава|бап)")),
            new Level(UnitKind.ARTICLE, Pattern.compile(NUM + "\\s*-\\s*берене")),
            new Level(UnitKind.PART, Pattern.compile(NUM + "\\s*-\\s*бөлү[кг]")),
            new Level(UnitKind.POINT, Pattern.compile(NUM + "\\s*-\\s*пункт(?!ч)")),
            new Level(UnitKind.SUBPOINT, Pattern.compile(LETTER + "\\s*пунктча")));

    private record Level(UnitKind kind, Pattern pattern) {}

    /** The outcome of resolving one citation: the unit, or why none was found. */
    public record Resolution(Unit unit, String problem, String detail) {
        public boolean found() {
            return unit != null;
        }

        static Resolution of(Unit unit) {
            return new Resolution(unit, null, null);
        }

        static Resolution failed(String problem, String detail) {
            return new Resolution(null, problem, detail);
        }
    }

    private UnitCitations() {}

    /**
     * Finds the unit the text names in {@code act}. Problems: {@code unit.empty},
     * {@code unit.unreadable} (no level recognised), {@code unit.noArticle} (a part or point
     * without its article), {@code unit.missing} (named levels that the draft does not have).
     */
    public static Resolution resolve(String text, Act act) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Resolution.failed("unit.empty", "");
        }
        if (ID.matcher(t).matches()) {
            return act.find(t).map(Resolution::of).orElseGet(() -> Resolution.failed("unit.missing", t));
        }
        Map<UnitKind, String> levels = levels(t);
        if (levels.isEmpty()) {
            return Resolution.failed("unit.unreadable", t);
        }
        if (!levels.containsKey(UnitKind.ARTICLE)) {
            if (levels.size() == 1 && levels.containsKey(UnitKind.CHAPTER)) {
                return findChild(act.units(), UnitKind.CHAPTER, levels.get(UnitKind.CHAPTER))
                        .map(Resolution::of)
                        .orElseGet(() -> Resolution.failed("unit.missing", t));
            }
            return Resolution.failed("unit.noArticle", t);
        }
        Optional<Unit> article = act.articles().stream()
                .filter(a -> sameNumber(a.number(), levels.get(UnitKind.ARTICLE)))
                .findFirst();
        if (article.isEmpty()) {
            return Resolution.failed("unit.missing", t);
        }
        Unit current = article.get();
        for (UnitKind kind : List.of(UnitKind.PART, UnitKind.POINT, UnitKind.SUBPOINT)) {
            String number = levels.get(kind);
            if (number == null) {
                continue;
            }
            Optional<Unit> next = findChild(current.children(), kind, number);
            if (next.isEmpty()) {
                return Resolution.failed("unit.missing", t);
            }
            current = next.get();
        }
        return Resolution.of(current);
    }

    /** The levels named in a citation, by kind. */
    static Map<UnitKind, String> levels(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
        Map<UnitKind, String> out = new EnumMap<>(UnitKind.class);
        for (List<Level> language : List.of(KYRGYZ, RUSSIAN)) {
            String rest = t;
            for (Level level : language) {
                Matcher m = level.pattern().matcher(rest);
                if (m.find() && !out.containsKey(level.kind())) {
                    out.put(level.kind(), m.group(1));
                    // Blank the match out so «подпункт» is not read again as «пункт».
                    rest = rest.substring(0, m.start()) + " ".repeat(m.end() - m.start()) + rest.substring(m.end());
                }
            }
            t = rest;
        }
        return out;
    }

    /** Looks for a child of the kind and number, also one level down (points of an article's text). */
    private static Optional<Unit> findChild(List<Unit> units, UnitKind kind, String number) {
        for (Unit u : units) {
            if (u.kind() == kind && sameNumber(u.number(), number)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    private static boolean sameNumber(String unitNumber, String cited) {
        return ElementIds.idNumber(unitNumber).equals(ElementIds.idNumber(cited));
    }
}
