package kg.kodeks.corpus;

import java.util.ArrayList;
import java.util.List;
import kg.kodeks.model.Act;
import kg.kodeks.model.ActMeta;
import kg.kodeks.model.Language;
import kg.kodeks.model.Unit;

/**
 * Writes an act in the native corpus format (see docs/corpus-format.md): YAML front matter and
 * one structure line per unit, so that {@link ActReader} reads back the same act. Headings get
 * Markdown marks for readability; the reader does not need them.
 */
public final class ActWriter {
    private ActWriter() {}

    /** The whole file: front matter, preamble, units. */
    public static String write(Act act) {
        StringBuilder out = new StringBuilder();
        frontMatter(act.meta(), out);
        for (String paragraph : act.preamble().split("\n")) {
            if (!paragraph.isBlank()) {
                out.append(paragraph.trim()).append("\n\n");
            }
        }
        for (Unit unit : act.units()) {
            unit(unit, act.meta().language(), out);
        }
        return out.toString();
    }

    private static void frontMatter(ActMeta meta, StringBuilder out) {
        out.append("---\n");
        out.append("id: ").append(meta.work().uri()).append('\n');
        out.append("title: ").append(quote(meta.title())).append('\n');
        out.append("type: ").append(meta.type()).append('\n');
        out.append("number: ").append(quote(meta.number())).append('\n');
        out.append("date: ").append(meta.date()).append('\n');
        out.append("lang: ").append(meta.language().code()).append('\n');
        out.append("status: ").append(meta.status().code()).append('\n');
        if (!meta.source().isEmpty()) {
            out.append("source: ").append(quote(meta.source())).append('\n');
        }
        if (meta.sample()) {
            out.append("sample: true\n");
        }
        if (!meta.notes().isEmpty()) {
            out.append("notes:\n");
            for (String note : meta.notes()) {
                out.append("  - ").append(quote(note)).append('\n');
            }
        }
        out.append("---\n\n");
    }

    private static void unit(Unit unit, Language language, StringBuilder out) {
        String notes = notes(unit);
        switch (unit.kind()) {
            case SECTION, CHAPTER, ARTICLE -> {
                String marks = switch (unit.kind()) {
                    case SECTION -> "# ";
                    case CHAPTER -> "## ";
                    default -> "### ";
                };
                if (out.length() > 0 && !endsWithBlankLine(out)) {
                    out.append('\n');
                }
                // «Статья 7. Утратила силу» reads back as the same repealed article with no heading
                boolean repealedInHeading = unit.repealed()
                        && unit.heading().isEmpty()
                        && unit.hasText()
                        && EditorialNotes.saysRepealed(unit.text());
                out.append(marks).append(label(unit, language)).append('.');
                appendWords(out, (repealedInHeading ? unit.text() : unit.heading()) + notes);
                out.append("\n\n");
                if (unit.hasText() && !repealedInHeading) {
                    out.append(unit.text()).append("\n\n");
                }
            }
            case PART -> line(out, unit.number() + ".", unit.text() + notes);
            case POINT, SUBPOINT -> line(out, unit.number() + ")", unit.text() + notes);
            default -> throw new IllegalStateException(unit.kind().toString());
        }
        for (Unit child : unit.children()) {
            unit(child, language, out);
        }
    }

    private static boolean endsWithBlankLine(StringBuilder out) {
        int n = out.length();
        return n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n';
    }

    private static void line(StringBuilder out, String marker, String text) {
        out.append(marker);
        appendWords(out, text);
        out.append('\n');
    }

    private static void appendWords(StringBuilder out, String text) {
        String trimmed = text.trim();
        if (!trimmed.isEmpty()) {
            out.append(' ').append(trimmed);
        }
    }

    /** The unit's editorial notes in brackets, where the reader takes them out again. */
    private static String notes(Unit unit) {
        StringBuilder out = new StringBuilder();
        for (String note : unit.notes()) {
            out.append(" (").append(note).append(')');
        }
        return out.toString();
    }

    /** The words that open a titled unit: «Статья 12», «12-берене», «Раздел II», «II бөлүм». */
    static String label(Unit unit, Language language) {
        String n = unit.number();
        if (language == Language.RUS) {
            return switch (unit.kind()) {
                case SECTION -> "Раздел " + n;
                case CHAPTER -> "Глава " + n;
                default -> "Статья " + n;
            };
        }
        return switch (unit.kind()) {
            case SECTION -> n + " бөлүм";
            case CHAPTER -> n + "-глава";
            default -> n + "-берене";
        };
    }

    /** A YAML double-quoted scalar. */
    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * The act with every unit's source line set to 0: two readings of the same content from
     * different files compare equal this way.
     */
    public static Act withoutLines(Act act) {
        List<Unit> units = new ArrayList<>();
        for (Unit unit : act.units()) {
            units.add(withoutLines(unit));
        }
        return new Act(act.meta(), act.preamble(), units);
    }

    private static Unit withoutLines(Unit unit) {
        List<Unit> children = new ArrayList<>();
        for (Unit child : unit.children()) {
            children.add(withoutLines(child));
        }
        return new Unit(
                unit.kind(),
                unit.eid(),
                unit.number(),
                unit.heading(),
                unit.text(),
                unit.repealed(),
                unit.notes(),
                0,
                children);
    }
}
