package kg.kodeks.drafts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kg.kodeks.error.Problem;
import kg.kodeks.model.Act;
import kg.kodeks.model.Corpus;
import kg.kodeks.model.Language;
import kg.kodeks.model.Unit;
import kg.kodeks.model.UnitKind;
import kg.kodeks.model.UnitRef;

/**
 * Checks a draft: numbering of articles and chapters through the whole Code (gaps and
 * duplicates), empty units, references to articles of the Code that do not exist, units
 * present in one language and not the other, and source annotations that name nothing in the
 * corpus. Every problem names the file and the line.
 */
public final class DraftLint {
    private static final Pattern RUS_REF =
            Pattern.compile("(?iu)стать(?:я|и|е|ю|ей|ям|ями|ях)\\s+(\\d+(?:-\\d+)?)\\s+настоящего\\s+Кодекса");
    private static final Pattern KIR_REF = Pattern.compile("(?iu)ушул\\s+Кодекстин\\s+(\\d+(?:-\\d+)?)-берене");

    private DraftLint() {}

    /** Lints both language files of a draft against the corpus. */
    public static List<Problem> lint(Draft draft, Corpus corpus) {
        List<Problem> problems = new ArrayList<>();
        for (DraftFile file : draft.files().values()) {
            // The parser's own numbering warnings are replaced by lint's, which see the whole Code.
            file.problems().stream()
                    .filter(p -> !p.key().equals("parse.numberingGap"))
                    .forEach(problems::add);
            if (file.act() == null) {
                continue;
            }
            numbering(file, problems);
            empty(file, problems);
            references(file, problems);
            sources(file, corpus, problems);
        }
        Optional<DraftFile> kir = draft.file(Language.KIR).filter(DraftFile::ok);
        Optional<DraftFile> rus = draft.file(Language.RUS).filter(DraftFile::ok);
        if (kir.isPresent() && rus.isPresent()) {
            mismatch(kir.get(), rus.get(), problems);
            mismatch(rus.get(), kir.get(), problems);
        }
        return problems;
    }

    private static void numbering(DraftFile file, List<Problem> problems) {
        for (UnitKind kind : List.of(UnitKind.CHAPTER, UnitKind.ARTICLE)) {
            Map<String, Unit> seen = new HashMap<>();
            Unit previous = null;
            for (Unit unit : file.act().allUnits().filter(u -> u.kind() == kind).toList()) {
                Unit earlier = seen.putIfAbsent(unit.number(), unit);
                if (earlier != null) {
                    problems.add(problem(
                            file,
                            unit.line(),
                            Problem.ERROR,
                            "lint.duplicate",
                            label(kind),
                            unit.number(),
                            String.valueOf(earlier.line())));
                } else if (previous != null && !follows(previous.number(), unit.number())) {
                    problems.add(problem(
                            file,
                            unit.line(),
                            Problem.WARNING,
                            "lint.gap",
                            label(kind),
                            previous.number(),
                            unit.number()));
                }
                previous = unit;
            }
        }
    }

    /** 3 → 4, 3 → 3-1, 3-1 → 4 follow each other; anything else is a gap. */
    static boolean follows(String previous, String next) {
        int p = lead(previous);
        int n = lead(next);
        return n == p + 1 || n == p && next.length() > previous.length();
    }

    private static int lead(String number) {
        int end = 0;
        while (end < number.length() && Character.isDigit(number.charAt(end))) {
            end++;
        }
        return end == 0 ? -1 : Integer.parseInt(number.substring(0, Math.min(end, 9)));
    }

    private static void empty(DraftFile file, List<Problem> problems) {
        file.act().allUnits().forEach(unit -> {
            boolean titled = unit.kind().ordinal() <= UnitKind.ARTICLE.ordinal();
            boolean hasText = unit.hasText()
                    || titled
                            && unit.kind() != UnitKind.ARTICLE
                            && !unit.heading().isBlank();
            if (!unit.repealed() && unit.children().isEmpty() && !hasText) {
                problems.add(
                        problem(file, unit.line(), Problem.ERROR, "lint.empty", label(unit.kind()), unit.number()));
            }
        });
    }

    private static void references(DraftFile file, List<Problem> problems) {
        Pattern pattern = file.language() == Language.RUS ? RUS_REF : KIR_REF;
        file.act().allUnits().forEach(unit -> {
            Matcher m = pattern.matcher(unit.text());
            while (m.find()) {
                if (ArticleHistory.find(file.act(), m.group(1)) == null) {
                    problems.add(problem(file, unit.line(), Problem.ERROR, "lint.dangling", m.group(), m.group(1)));
                }
            }
        });
    }

    private static void sources(DraftFile file, Corpus corpus, List<Problem> problems) {
        for (SourceNote note : file.sources()) {
            UnitRef ref;
            try {
                ref = UnitRef.parse(note.source());
            } catch (IllegalArgumentException e) {
                problems.add(
                        problem(file, note.line(), Problem.ERROR, "lint.sourceSyntax", note.source(), e.getMessage()));
                continue;
            }
            Optional<Act> act = corpus.act(ref.work(), ref.language());
            if (act.isEmpty()) {
                problems.add(
                        problem(file, note.line(), Problem.ERROR, "lint.sourceAct", note.source(), ref.expression()));
            } else if (act.get().find(ref.eid()).isEmpty()) {
                problems.add(problem(file, note.line(), Problem.ERROR, "lint.sourceUnit", note.source(), ref.eid()));
            } else if (ref.language() != file.language()) {
                problems.add(problem(
                        file,
                        note.line(),
                        Problem.WARNING,
                        "lint.sourceLanguage",
                        note.source(),
                        file.language().code()));
            }
        }
    }

    /** Units of {@code file} that the other language lacks. */
    private static void mismatch(DraftFile file, DraftFile other, List<Problem> problems) {
        java.util.Set<String> theirs = new java.util.HashSet<>();
        other.act().allUnits().forEach(u -> theirs.add(u.eid()));
        file.act().allUnits().forEach(unit -> {
            if (!theirs.contains(unit.eid())) {
                problems.add(problem(file, unit.line(), Problem.ERROR, "lint.mismatch", unit.eid(), other.name()));
            }
        });
    }

    private static String label(UnitKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static Problem problem(DraftFile file, int line, String severity, String key, String... args) {
        return DraftReader.problem(file.name(), line, severity, key, args);
    }
}
