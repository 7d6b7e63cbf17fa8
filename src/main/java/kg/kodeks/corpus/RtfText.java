package kg.kodeks.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A reader of the RTF text layer: groups, control words, {@code \\'xx} bytes decoded in the code
 * page of the current font or of the document, {@code \\uN} Unicode escapes with their fallback
 * characters skipped ({@code \\ucN}), paragraph and line breaks. Destinations that are not text
 * (font and colour tables, styles, pictures, document info, field instructions, {@code \\*}
 * groups) are skipped.
 */
final class RtfText {
    private static final Set<String> SKIPPED = Set.of(
            "fonttbl",
            "colortbl",
            "stylesheet",
            "info",
            "pict",
            "object",
            "themedata",
            "colorschememapping",
            "latentstyles",
            "datastore",
            "xmlnstbl",
            "rsidtbl",
            "listtable",
            "listoverridetable",
            "generator",
            "filetbl",
            "revtbl",
            "pgdsctbl",
            "fldinst",
            "header",
            "headerl",
            "headerr",
            "headerf",
            "footer",
            "footerl",
            "footerr",
            "footerf",
            "bkmkstart",
            "bkmkend",
            "mmathPr",
            "listtext",
            "pntext",
            "pntxta",
            "pntxtb",
            "defchp",
            "defpap",
            "wgrffmtfilter",
            "xe",
            "tc");
    private static final Charset CP1251 = Charset.forName("windows-1251");

    private final String rtf;
    private final StringBuilder out = new StringBuilder();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final Map<Integer, Integer> fontCharsets = new HashMap<>();
    private final Deque<State> stack = new ArrayDeque<>();
    private State state = new State();
    private int documentCodePage = 1252;
    private String undecodable;
    private int pos;
    private int fontInTable = -1;

    private RtfText(String rtf) {
        this.rtf = rtf;
    }

    /** Group-scoped state: what is skipped, the current font, the fallback length of \\u. */
    private static final class State {
        boolean skip;
        boolean fontTable;
        int font = -1;
        int unicodeSkip = 1;

        State copy() {
            State s = new State();
            s.skip = skip;
            s.fontTable = fontTable;
            s.font = font;
            s.unicodeSkip = unicodeSkip;
            return s;
        }
    }

    /** Parses RTF given as ISO-8859-1 text (one char per byte). */
    static RtfText parse(String rtf) {
        RtfText text = new RtfText(rtf);
        text.run();
        return text;
    }

    /** The text, paragraphs on their own lines. */
    String text() {
        return out.toString();
    }

    /** The code page of 8-bit text that could not be decoded as Cyrillic, or null when all was fine. */
    String undecodable() {
        return undecodable;
    }

    private void run() {
        int fallbackToSkip = 0;
        while (pos < rtf.length()) {
            char c = rtf.charAt(pos);
            if (c == '{') {
                flush();
                stack.push(state);
                state = state.copy();
                pos++;
            } else if (c == '}') {
                flush();
                state = stack.isEmpty() ? new State() : stack.pop();
                pos++;
            } else if (c == '\\') {
                fallbackToSkip = control(fallbackToSkip);
            } else if (c == '\r' || c == '\n') {
                pos++;
            } else {
                pos++;
                if (fallbackToSkip > 0) {
                    fallbackToSkip--;
                } else if (!state.skip) {
                    flush();
                    out.append(c);
                }
            }
        }
        flush();
    }

    /** Reads one control word or symbol at {@code pos}; returns the fallback characters still to skip. */
    private int control(int fallbackToSkip) {
        char next = pos + 1 < rtf.length() ? rtf.charAt(pos + 1) : ' ';
        if (next == '\'') {
            int value = hex(pos + 2);
            pos += 4;
            if (fallbackToSkip > 0) {
                return fallbackToSkip - 1;
            }
            if (!state.skip && value >= 0) {
                pending.write(value);
            }
            return 0;
        }
        if (!Character.isLetter(next)) {
            pos += 2;
            symbol(next);
            return fallbackToSkip > 0 ? fallbackToSkip - 1 : 0;
        }
        int start = pos + 1;
        int end = start;
        while (end < rtf.length() && Character.isLetter(rtf.charAt(end)) && end - start < 32) {
            end++;
        }
        String word = rtf.substring(start, end);
        int numberStart = end;
        if (end < rtf.length() && (rtf.charAt(end) == '-' || Character.isDigit(rtf.charAt(end)))) {
            end++;
            while (end < rtf.length() && Character.isDigit(rtf.charAt(end)) && end - numberStart < 10) {
                end++;
            }
        }
        Integer param = end > numberStart ? parseInt(rtf.substring(numberStart, end)) : null;
        if (end < rtf.length() && rtf.charAt(end) == ' ') {
            end++;
        }
        pos = end;
        return word(word, param, fallbackToSkip);
    }

    private int word(String word, Integer param, int fallbackToSkip) {
        switch (word) {
            case "ansicpg" -> documentCodePage = param == null ? documentCodePage : param;
            case "fonttbl" -> {
                state.skip = true;
                state.fontTable = true;
            }
            case "f" -> fontSwitch(param);
            case "fcharset" -> {
                if (state.fontTable && fontInTable >= 0 && param != null) {
                    fontCharsets.put(fontInTable, param);
                }
            }
            case "uc" -> state.unicodeSkip = param == null ? 1 : Math.max(0, param);
            case "u" -> {
                if (param != null && !state.skip) {
                    flush();
                    out.append((char) (param < 0 ? param + 65536 : param));
                }
                return state.unicodeSkip;
            }
            case "par", "line", "sect", "page", "row" -> newline();
            case "tab", "cell" -> emit('\t');
            case "emdash" -> emit('—');
            case "endash" -> emit('–');
            case "lquote" -> emit('‘');
            case "rquote" -> emit('’');
            case "ldblquote" -> emit('“');
            case "rdblquote" -> emit('”');
            case "bin" -> pos += param == null ? 0 : Math.max(0, param);
            default -> {
                if (SKIPPED.contains(word)) {
                    state.skip = true;
                }
            }
        }
        return fallbackToSkip;
    }

    private void fontSwitch(Integer param) {
        if (param == null) {
            return;
        }
        if (state.fontTable) {
            fontInTable = param;
        } else {
            flush();
            state.font = param;
        }
    }

    private void symbol(char c) {
        switch (c) {
            case '*' -> state.skip = true;
            case '~' -> emit('\u00A0');
            case '-' -> emit('\u00AD');
            case '_' -> emit('-');
            case '\\', '{', '}' -> emit(c);
            case '\r', '\n' -> newline();
            default -> {
                // other control symbols (\| \: …) carry no text
            }
        }
    }

    private void emit(char c) {
        if (!state.skip) {
            flush();
            out.append(c);
        }
    }

    private void newline() {
        if (!state.skip) {
            flush();
            out.append('\n');
        }
    }

    /** Decodes the \\'xx bytes gathered so far in the current code page. */
    private void flush() {
        if (pending.size() == 0) {
            return;
        }
        byte[] bytes = pending.toByteArray();
        pending.reset();
        Charset charset = currentCharset();
        if (charset == null) {
            boolean ascii = true;
            for (byte b : bytes) {
                ascii &= b >= 0;
            }
            if (!ascii && undecodable == null) {
                undecodable = "cp" + currentCodePage();
            }
            out.append(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
            return;
        }
        out.append(new String(bytes, charset));
    }

    /** The Cyrillic charset of the current font or document, or null when it is not Cyrillic. */
    private Charset currentCharset() {
        int page = currentCodePage();
        return page == 1251 ? CP1251 : page == 866 ? Charset.forName("IBM866") : null;
    }

    private int currentCodePage() {
        Integer charset = fontCharsets.get(state.font);
        if (charset != null && charset == 204) {
            return 1251;
        }
        return documentCodePage;
    }

    private int hex(int at) {
        if (at + 2 > rtf.length()) {
            return -1;
        }
        try {
            return Integer.parseInt(rtf.substring(at, at + 2), 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Integer parseInt(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
