package kg.kodeks.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates editorial notes from the text of a unit: «(В редакции Закона КР от 12 марта 2019
 * года № 37)», «(Утратила силу …)», «(КР 2019-жылдын 12-мартындагы № 37 Мыйзамынын
 * редакциясына ылайык)». Such brackets record the amendment history; they are not part of the
 * rule itself and must not take part in search or comparison.
 */
public final class EditorialNotes {
    private static final Pattern NOTE = Pattern.compile(
            "\\((?=[^()]*(?:[Рр]едакци|[Дд]ополнен|[Ии]зменен|[Ии]зложен|[Вв]веден|[Уу]тратил|[Ии]сключен"
                    + "|толукталган|өзгөртүлгөн|киргизилген|күчүн жогот))[^()]*(?:Закон|Мыйзам|Указ|[Пп]остановлен|ЗКР|КР)[^()]*\\)");
    private static final Pattern REPEALED = Pattern.compile(
            "(?iu)^(?:утратил[аио]?\\s+силу|исключен[аоы]?|күчүн\\s+жогот(?:ту|кон)|алынып\\s+салынган|алып\\s+салынды)(?!\\p{L}).*");
    /** Kyrgyz puts the repealing act first: «КР 2019-жылдын … № 45 Мыйзамына ылайык күчүн жоготту». */
    private static final Pattern REPEALED_BY =
            Pattern.compile("(?iu)^[^;]{0,200}(?:мыйзамына|жарлыгына|токтомуна|мыйзамы\\s+менен)\\s+(?:ылайык\\s+)?"
                    + "(?:күчүн\\s+жогот(?:ту|кон)|алынып\\s+салынган|алып\\s+салынды)\\.?$");

    /** The longest text {@link #REPEALED_BY} can match: 200 letters before the fixed words. */
    private static final int REPEALED_BY_MAX_LENGTH = 300;

    private static final Pattern SPACE_RUNS = Pattern.compile("\\s{2,}");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([.,;:])");

    private EditorialNotes() {}

    /** The text and the notes found in it. */
    public record Split(String text, List<String> notes) {
        public Split {
            notes = List.copyOf(notes);
        }
    }

    /** Takes the editorial notes out of a piece of text. */
    public static Split split(String text) {
        if (text.indexOf('(') < 0) {
            return new Split(tidy(text), List.of());
        }
        List<String> notes = new ArrayList<>();
        Matcher m = NOTE.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            String note = m.group();
            notes.add(note.substring(1, note.length() - 1).trim());
            m.appendReplacement(rest, "");
        }
        m.appendTail(rest);
        return new Split(tidy(rest.toString()), notes);
    }

    /** Closes the gaps a removed note leaves: double spaces and spaces before punctuation. */
    private static String tidy(String text) {
        if (isTidy(text)) {
            return text;
        }
        String single = SPACE_RUNS.matcher(text).replaceAll(" ");
        return SPACE_BEFORE_PUNCTUATION.matcher(single).replaceAll("$1").trim();
    }

    /** True when {@link #tidy} would leave the text as it is, which is so for almost every unit. */
    private static boolean isTidy(String text) {
        int n = text.length();
        if (n > 0 && (text.charAt(0) <= ' ' || text.charAt(n - 1) <= ' ')) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(text.charAt(i - 1)) && (isSpace(c) || c == '.' || c == ',' || c == ';' || c == ':')) {
                return false;
            }
        }
        return true;
    }

    /** The characters {@code \s} stands for in the patterns above. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** True when a heading or text only says that the unit was repealed. */
    public static boolean saysRepealed(String text) {
        String trimmed = text.trim();
        return mayStartRepeal(trimmed) && REPEALED.matcher(trimmed).matches()
                || mayNameRepealingAct(trimmed) && REPEALED_BY.matcher(trimmed).matches();
    }

    /**
     * Rules out texts that cannot match {@link #REPEALED}: its words start with у, и, к or а in
     * either case (compared as the case-insensitive pattern compares them). Called for every unit.
     */
    private static boolean mayStartRepeal(String trimmed) {
        if (trimmed.isEmpty()) {
            return false;
        }
        char first = Character.toLowerCase(Character.toUpperCase(trimmed.charAt(0)));
        return first == 'у' || first == 'и' || first == 'к' || first == 'а';
    }

    /**
     * Rules out, without the costly pattern, texts that cannot end in a Kyrgyz repeal: they hold
     * «жогот» or «салын» in any case. Looked for without a lower-case copy of every unit's text.
     */
    private static boolean mayNameRepealingAct(String trimmed) {
        if (trimmed.length() > REPEALED_BY_MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if ((c == 'ж' || c == 'Ж') && trimmed.regionMatches(true, i, "жогот", 0, 5)
                    || (c == 'с' || c == 'С') && trimmed.regionMatches(true, i, "салын", 0, 5)) {
                return true;
            }
        }
        return false;
    }
}
