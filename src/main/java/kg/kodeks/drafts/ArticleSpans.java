package kg.kodeks.drafts;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import kg.kodeks.model.Language;

/**
 * The structural headings of one version of a draft file, found in its raw bytes: where each
 * heading line starts and, for an article heading, the article's number. An article's lines run
 * from its heading to the next structural heading; when a number stands twice, the first one
 * counts. Only the first bytes of lines that could be headings are decoded.
 *
 * <p>Walking history compares each version with the one before, which differs from it in a few
 * lines. {@link #other} finds the headings of the other version from those of this one,
 * reading only the lines between the common beginning and the common end of the two files.
 */
final class ArticleSpans {
    /** Compared in blocks from the end of the files, so that the vectorised comparison does the work. */
    private static final int BLOCK = 4096;

    private final byte[] data;
    private final Language language;
    private final int[] starts;
    /** The article number of each heading; null for a chapter or a section. */
    private final String[] numbers;

    private ArticleSpans(byte[] data, Language language, int[] starts, String[] numbers) {
        this.data = data;
        this.language = language;
        this.starts = starts;
        this.numbers = numbers;
    }

    /** Finds the headings of a whole version. */
    static ArticleSpans of(byte[] data, Language language) {
        Builder found = new Builder();
        scan(data, 0, data.length, language, found);
        return new ArticleSpans(data, language, found.starts(), found.numbers());
    }

    /** Every article by its number: its lines, decoded. */
    Map<String, String> articles() {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < starts.length; i++) {
            if (numbers[i] != null) {
                out.putIfAbsent(numbers[i], text(i));
            }
        }
        return out;
    }

    /** The lines of the article with this number, or null when there is none. */
    String segment(String number) {
        int at = first(number);
        return at < 0 ? null : text(at);
    }

    /** The same lines as UTF-8, or null. */
    byte[] segmentBytes(String number) {
        int at = first(number);
        return at < 0 ? null : Arrays.copyOfRange(data, starts[at], end(at));
    }

    /**
     * The headings of another version of the same file. Lines before the first byte that
     * differs and lines after the last one are the same lines in both, so their headings are
     * taken over (moved by the change in length); only the lines between are read.
     */
    ArticleSpans other(byte[] otherData) {
        return other(otherData, Difference.of(otherData, data));
    }

    /**
     * The headings of another version (the one before this, or the one after) and the numbers of
     * the articles that changed between the two, comparing the files once.
     */
    Step compare(byte[] otherData, boolean otherIsOlder) {
        Difference d = Difference.of(otherData, data);
        ArticleSpans other = other(otherData, d);
        Set<String> changed = otherIsOlder ? changedSince(other, d) : other.changedSince(this, d.swapped());
        return new Step(other, changed);
    }

    /** Another version's headings and the numbers of the articles that differ from this one. */
    record Step(ArticleSpans other, Set<String> changed) {}

    private ArticleSpans other(byte[] other, Difference d) {
        int shift = other.length - data.length;
        Builder found = new Builder();
        int i = 0;
        while (i < starts.length && starts[i] < d.lineStart()) {
            found.add(starts[i], numbers[i]);
            i++;
        }
        scan(other, d.lineStart(), d.otherEnd(), language, found);
        while (i < starts.length && starts[i] < d.thisEnd()) {
            i++;
        }
        for (; i < starts.length; i++) {
            found.add(starts[i] + shift, numbers[i]);
        }
        return new ArticleSpans(other, language, found.starts(), found.numbers());
    }

    /**
     * The numbers of the articles whose lines differ between this (newer) version and an older
     * one, and of those the older one has and this one has not. Lines compared byte for byte:
     * a difference of bytes that decode alike would be reported too, which only costs a look.
     */
    Set<String> changedSince(ArticleSpans older) {
        return changedSince(older, Difference.of(older.data, data));
    }

    /** As above, with the difference found from the older version's side. */
    private Set<String> changedSince(ArticleSpans older, Difference d) {
        Set<String> candidates = new HashSet<>();
        older.collectAround(d.lineStart(), d.otherEnd(), candidates);
        collectAround(d.lineStart(), d.thisEnd(), candidates);
        Set<String> changed = new HashSet<>();
        for (String number : candidates) {
            int now = first(number);
            int was = older.first(number);
            if (now < 0 != was < 0 || now >= 0 && !sameBytes(now, older, was)) {
                changed.add(number);
            }
        }
        return changed;
    }

    /**
     * The numbers of the articles whose lines may reach into {@code [from, to)}: those whose
     * heading stands there and the one whose lines run into it from before.
     */
    private void collectAround(int from, int to, Set<String> out) {
        for (int i = 0; i < starts.length && starts[i] < to; i++) {
            boolean runsInto = starts[i] < from && (i + 1 == starts.length || starts[i + 1] >= from);
            if ((starts[i] >= from || runsInto) && numbers[i] != null) {
                out.add(numbers[i]);
            }
        }
    }

    private int first(String number) {
        for (int i = 0; i < numbers.length; i++) {
            if (number.equals(numbers[i])) {
                return i;
            }
        }
        return -1;
    }

    private int end(int i) {
        return i + 1 < starts.length ? starts[i + 1] : data.length;
    }

    private String text(int i) {
        return new String(data, starts[i], end(i) - starts[i], StandardCharsets.UTF_8);
    }

    private boolean sameBytes(int i, ArticleSpans other, int j) {
        return Arrays.equals(data, starts[i], end(i), other.data, other.starts[j], other.end(j));
    }

    /**
     * Where two versions differ: the start of the line holding the first differing byte, and in
     * each version the start of the first line after the last differing byte (from there on both
     * have the same lines).
     */
    private record Difference(int lineStart, int otherEnd, int thisEnd) {
        static Difference of(byte[] other, byte[] self) {
            int prefix = Arrays.mismatch(other, self);
            if (prefix < 0) {
                return new Difference(other.length, other.length, self.length);
            }
            int suffix = commonSuffix(other, self, Math.min(other.length, self.length) - prefix);
            int lineStart = prefix;
            while (lineStart > 0 && other[lineStart - 1] != '\n') {
                lineStart--;
            }
            // The first line break inside the common end: the lines after it are the same lines.
            int otherEnd = other.length;
            for (int i = other.length - suffix; i < other.length; i++) {
                if (other[i] == '\n') {
                    otherEnd = i + 1;
                    break;
                }
            }
            return new Difference(lineStart, otherEnd, otherEnd + self.length - other.length);
        }

        /** The same difference seen from the other version. */
        Difference swapped() {
            return new Difference(lineStart, thisEnd, otherEnd);
        }

        /** How many bytes at the end of both are the same, up to {@code limit}. */
        private static int commonSuffix(byte[] a, byte[] b, int limit) {
            int same = 0;
            while (same < limit) {
                int n = Math.min(BLOCK, limit - same);
                int aFrom = a.length - same - n;
                int bFrom = b.length - same - n;
                if (Arrays.mismatch(a, aFrom, aFrom + n, b, bFrom, bFrom + n) < 0) {
                    same += n;
                    continue;
                }
                int k = n;
                while (a[aFrom + k - 1] == b[bFrom + k - 1]) {
                    k--;
                }
                return same + n - k;
            }
            return same;
        }
    }

    /** Reads the heading lines that start in {@code [from, to)}; {@code from} is a line start. */
    private static void scan(byte[] data, int from, int to, Language language, Builder found) {
        int pos = from;
        while (pos < to) {
            int end = nextLine(data, pos);
            String head = lineHead(data, pos, end);
            if (head != null && isHeading(head)) {
                found.add(pos, articleNumber(head, language));
            }
            pos = end;
        }
    }

    /** The start of the line after the one at {@code pos} (the end of the data on the last line). */
    private static int nextLine(byte[] data, int pos) {
        int end = pos;
        while (end < data.length && data[end] != '\n') {
            end++;
        }
        return Math.min(data.length, end + 1);
    }

    /** The first characters of a line that may be a heading (after Markdown marks), else null. */
    private static String lineHead(byte[] data, int from, int to) {
        int i = from;
        while (i < to && (data[i] == '#' || data[i] == ' ')) {
            i++;
        }
        if (i >= to) {
            return null;
        }
        byte b = data[i];
        boolean digit = b >= '0' && b <= '9' && i + 1 < to && data[i + 1] != '.' && data[i + 1] != ')';
        // UTF-8 of the capitals С, Г, Р that begin «Статья», «Глава», «Раздел».
        boolean capital = b == (byte) 0xD0
                && i + 1 < to
                && (data[i + 1] == (byte) 0xA1 || data[i + 1] == (byte) 0x93 || data[i + 1] == (byte) 0xA0);
        if (!digit && !capital) {
            return null;
        }
        return new String(data, i, Math.min(to - i, 48), StandardCharsets.UTF_8);
    }

    private static boolean isHeading(String line) {
        if (line.startsWith("Статья ") || line.startsWith("Глава ") || line.startsWith("Раздел ")) {
            return true;
        }
        int i = 0;
        while (i < line.length() && (Character.isDigit(line.charAt(i)) || line.charAt(i) == '-')) {
            i++;
        }
        String rest = line.substring(i);
        return i > 0 && (rest.startsWith("берене") || rest.startsWith("глава") || rest.startsWith("бап"))
                || line.contains("бөлүм") && i > 0;
    }

    /** The number of an article heading («Статья 12.», «12-берене»), or null for other headings. */
    private static String articleNumber(String head, Language language) {
        if (language == Language.RUS) {
            if (!head.startsWith("Статья ")) {
                return null;
            }
            int dot = head.indexOf('.', 7);
            return dot < 0 ? null : head.substring(7, dot);
        }
        int dash = head.indexOf("-берене");
        return dash <= 0 ? null : head.substring(0, dash);
    }

    /** Headings as they are found, in order. */
    private static final class Builder {
        private int[] starts = new int[64];
        private String[] numbers = new String[64];
        private int count;

        void add(int start, String number) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                numbers = Arrays.copyOf(numbers, count * 2);
            }
            starts[count] = start;
            numbers[count++] = number;
        }

        int[] starts() {
            return Arrays.copyOf(starts, count);
        }

        String[] numbers() {
            return Arrays.copyOf(numbers, count);
        }
    }
}
