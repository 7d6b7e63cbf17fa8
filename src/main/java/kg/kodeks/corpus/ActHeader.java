package kg.kodeks.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading block of an exported act — «ЗАКОН КЫРГЫЗСКОЙ РЕСПУБЛИКИ / от 15 июля 2011 года
 * № 101 / О местном самоуправлении / (В редакции Закона КР от …)», or in Kyrgyz «КЫРГЫЗ
 * РЕСПУБЛИКАСЫНЫН МЫЙЗАМЫ / 2011-жылдын 15-июлундагы № 101 / Жергиликтүү өз алдынча башкаруу
 * жөнүндө» — read into the act's identity. What is not found stays null.
 *
 * @param type law, code, decree or resolution
 * @param date the adoption date
 * @param number the act's number
 * @param title the title without quotes
 * @param notes editorial notes on the whole act found in the block
 * @param first index of the block's first line (the act type line); -1 when there is no block
 * @param end index of the first line after the block
 */
record ActHeader(String type, LocalDate date, String number, String title, List<String> notes, int first, int end) {
    /** Only the first lines are searched, so a «Закон …» inside the text is not taken for a heading. */
    private static final int SEARCHED_LINES = 25;

    private static final int TITLE_LINES = 4;
    private static final String MONTHS =
            "(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\p{L}*";
    private static final Pattern RU_TYPE = Pattern.compile("(?iu)^(закон|кодекс|указ|постановление)"
            + "(?:\\s+(?:президента|правительства|кабинета\\s+министров|жогорку\\s+кенеша))?"
            + "(?:\\s+кыргызской\\s+республики)?\\.?(?:\\s+«(.+)»)?$");
    private static final Pattern KY_TYPE = Pattern.compile("(?iu)^(?:«(.+)»\\s+)?кыргыз\\s+республикасынын"
            + "(?:\\s+(?:президентинин|министрлер\\s+кабинетинин|өкмөтүнүн|жогорку\\s+кеңешинин))?"
            + "\\s+(мыйзамы|кодекси|жарлыгы|токтому)\\.?$");
    private static final Pattern RU_DATE = Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})\\s+" + MONTHS + "\\s+(\\d{4})");
    private static final Pattern KY_DATE =
            Pattern.compile("(?iu)(\\d{4})\\s*-\\s*ж\\p{L}*\\s+(\\d{1,2})\\s*-\\s*" + MONTHS);
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
    private static final Pattern NUMBER = Pattern.compile("№\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}._-]*)");
    private static final Pattern CITY =
            Pattern.compile("(?iu)^(?:г\\.\\s*)?(?:бишкек|ош)(?:\\s+шаары)?[.,]?$|^г\\.\\s*\\p{L}+[.,]?$");
    private static final List<String> MONTH_STEMS = List.of(
            "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр");

    ActHeader {
        notes = List.copyOf(notes);
    }

    static ActHeader none() {
        return new ActHeader(null, null, null, null, List.of(), -1, 0);
    }

    /** Finds the heading block among the first lines of cleaned text. */
    static ActHeader find(List<SourceLine> lines) {
        for (int i = 0, seen = 0; i < lines.size() && seen < SEARCHED_LINES; i++) {
            String text = StructureLine.undecorate(lines.get(i).text());
            if (text.isEmpty()) {
                continue;
            }
            seen++;
            if (StructureLine.of(text).opensUnit()) {
                break;
            }
            // «ЗАКОН» / «КЫРГЫЗСКОЙ РЕСПУБЛИКИ» may stand on two lines; the pair wins over the first alone
            int next = nextNonBlank(lines, i + 1);
            String[] pair = next < 0
                    ? null
                    : typeAndTitle(text + " "
                            + StructureLine.undecorate(lines.get(next).text()));
            if (pair != null) {
                return readRest(lines, i, next, pair[0], pair[1]);
            }
            String[] single = typeAndTitle(text);
            if (single != null) {
                return readRest(lines, i, i, single[0], single[1]);
            }
        }
        return none();
    }

    /** The act type and the title in quotes (or null) of a type line, or null when it is none. */
    private static String[] typeAndTitle(String text) {
        Matcher ru = RU_TYPE.matcher(text);
        if (ru.matches()) {
            return new String[] {russianType(ru.group(1)), ru.group(2)};
        }
        Matcher ky = KY_TYPE.matcher(text);
        if (ky.matches()) {
            return new String[] {kyrgyzType(ky.group(2)), ky.group(1)};
        }
        return null;
    }

    private static int nextNonBlank(List<SourceLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).text().isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static ActHeader readRest(
            List<SourceLine> lines, int typeLine, int typeEnd, String type, String titleInLine) {
        LocalDate date = null;
        String number = null;
        List<String> titleLines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int i = typeEnd + 1;
        for (; i < lines.size(); i++) {
            String text = StructureLine.undecorate(lines.get(i).text());
            if (text.isEmpty()) {
                if (!titleLines.isEmpty()) {
                    i = skipNotes(lines, i, notes);
                    break;
                }
                continue;
            }
            if (StructureLine.of(text).opensUnit()) {
                break;
            }
            if (text.startsWith("(")) {
                int next = readNote(lines, i, notes);
                if (next > 0) {
                    i = next - 1;
                    continue;
                }
            }
            LocalDate found = titleLines.isEmpty() ? date(text) : null;
            Matcher n = NUMBER.matcher(text);
            boolean hasNumber = titleLines.isEmpty() && n.find();
            if (found != null || hasNumber || CITY.matcher(text).matches()) {
                date = date == null ? found : date;
                number = number == null && hasNumber ? n.group(1) : number;
                continue;
            }
            if (titleInLine != null || titleLines.size() >= TITLE_LINES || looksLikeProse(text, titleLines)) {
                break;
            }
            titleLines.add(text);
        }
        String title = titleInLine != null ? titleInLine : unquote(String.join(" ", titleLines));
        return new ActHeader(type, date, number, title == null || title.isBlank() ? null : title, notes, typeLine, i);
    }

    /** A title line is short; a long sentence ending with a full stop is the start of the text. */
    private static boolean looksLikeProse(String text, List<String> titleLines) {
        return text.length() > 200 || !titleLines.isEmpty() && text.endsWith(".") && text.length() > 120;
    }

    /**
     * Reads editorial notes in brackets, possibly over several lines; returns the line after
     * them, or -1 when the bracket is not an editorial note.
     */
    private static int readNote(List<SourceLine> lines, int start, List<String> notes) {
        StringBuilder note = new StringBuilder();
        int i = start;
        for (; i < lines.size() && i < start + 12; i++) {
            String text = lines.get(i).text();
            if (text.isEmpty()) {
                continue;
            }
            note.append(note.length() == 0 ? "" : " ").append(text);
            if (depth(note) <= 0) {
                i++;
                break;
            }
        }
        EditorialNotes.Split split = EditorialNotes.split(note.toString());
        if (split.notes().isEmpty() || !split.text().isEmpty()) {
            return -1;
        }
        notes.addAll(split.notes());
        return i;
    }

    private static int skipNotes(List<SourceLine> lines, int from, List<String> notes) {
        int i = from;
        while (i < lines.size()) {
            String text = lines.get(i).text();
            if (text.isEmpty()) {
                i++;
            } else if (text.startsWith("(")) {
                int next = readNote(lines, i, notes);
                if (next < 0) {
                    return i;
                }
                i = next;
            } else {
                return i;
            }
        }
        return i;
    }

    private static int depth(CharSequence text) {
        int depth = 0;
        for (int k = 0; k < text.length(); k++) {
            depth += text.charAt(k) == '(' ? 1 : text.charAt(k) == ')' ? -1 : 0;
        }
        return depth;
    }

    /** A date written in Russian, Kyrgyz or digits, or null. */
    static LocalDate date(String text) {
        try {
            Matcher ru = RU_DATE.matcher(text);
            if (ru.find()) {
                return LocalDate.of(Integer.parseInt(ru.group(3)), month(ru.group(2)), Integer.parseInt(ru.group(1)));
            }
            Matcher ky = KY_DATE.matcher(text);
            if (ky.find()) {
                return LocalDate.of(Integer.parseInt(ky.group(1)), month(ky.group(3)), Integer.parseInt(ky.group(2)));
            }
            Matcher num = NUMERIC_DATE.matcher(text);
            if (num.find()) {
                return LocalDate.of(
                        Integer.parseInt(num.group(3)), Integer.parseInt(num.group(2)), Integer.parseInt(num.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static int month(String stem) {
        String s = stem.toLowerCase(Locale.ROOT);
        for (int m = 0; m < MONTH_STEMS.size(); m++) {
            if (s.startsWith(MONTH_STEMS.get(m))) {
                return m + 1;
            }
        }
        throw new DateTimeException("unknown month " + stem);
    }

    private static String russianType(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "кодекс" -> "code";
            case "указ" -> "decree";
            case "постановление" -> "resolution";
            default -> "law";
        };
    }

    private static String kyrgyzType(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "кодекси" -> "code";
            case "жарлыгы" -> "decree";
            case "токтому" -> "resolution";
            default -> "law";
        };
    }

    private static String unquote(String title) {
        String t = title.trim();
        if (t.startsWith("«") && t.endsWith("»") || t.startsWith("\"") && t.endsWith("\"")) {
            return t.substring(1, t.length() - 1).trim();
        }
        return t;
    }
}
