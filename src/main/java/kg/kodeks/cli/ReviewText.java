package kg.kodeks.cli;

import java.util.Map;
import kg.kodeks.review.Anchor;
import kg.kodeks.review.ImportReport;
import kg.kodeks.review.ListedComment;
import kg.kodeks.review.RoundSummary;

/** The terminal layout of the review commands. */
final class ReviewText {
    private ReviewText() {}

    static String line(ListedComment l, BaseCommand command) {
        var c = l.comment();
        String where;
        if (l.anchor().isRemoved()) {
            where = command.text("review.unitRemoved");
        } else if (Anchor.SAME.equals(l.anchor().how())) {
            where = l.currentCitation();
        } else {
            where = "→ " + l.currentCitation() + " (" + l.anchor().how() + ", "
                    + String.format(java.util.Locale.ROOT, "%.2f", l.anchor().confidence()) + ")";
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-8s %-9s %s [%s] %s%n", c.id(), c.decision().code(), l.citation(), c.unit(), where));
        out.append("         ").append(c.authorLine()).append(": ").append(shorten(c.text()));
        if (!c.proposal().isEmpty()) {
            out.append(System.lineSeparator())
                    .append("         ")
                    .append(command.text("review.proposal"))
                    .append(' ')
                    .append(shorten(c.proposal()));
        }
        if (c.decision().decided()) {
            out.append(System.lineSeparator())
                    .append("         ")
                    .append(command.text("review.reason"))
                    .append(' ')
                    .append(shorten(c.reason()));
        }
        return out.toString();
    }

    static void summary(RoundSummary s, BaseCommand command) {
        var out = command.out();
        var r = s.round();
        out.println(
                command.text("review.summary.header", r.id(), r.version(), r.opened(), r.due(), r.status(), s.total()));
        out.println(command.text(
                "review.summary.status",
                s.byStatus().get("open"),
                s.byStatus().get("accepted"),
                s.byStatus().get("partly"),
                s.byStatus().get("rejected")));
        out.println(command.text("review.summary.overdue", s.overdue().size()));
        s.overdue()
                .forEach(l -> out.println("  " + l.comment().id() + "  " + l.citation() + "  "
                        + l.comment().authorLine()));
        out.println(command.text("review.summary.authors"));
        for (Map.Entry<String, Map<String, Integer>> e : new java.util.TreeMap<>(s.byAuthor()).entrySet()) {
            int total =
                    e.getValue().values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder counts = new StringBuilder();
            e.getValue()
                    .forEach((code, n) -> counts.append(counts.length() == 0 ? "" : ", ")
                            .append(code)
                            .append(' ')
                            .append(n));
            out.println("  " + e.getKey() + ": " + total + " (" + counts + ")");
        }
    }

    static void importReport(ImportReport report, String round, BaseCommand command) {
        var out = command.out();
        out.println(command.text("review.imported", report.added().size(), round));
        if (!report.unplaced().isEmpty()) {
            out.println(command.text("review.unplaced", report.unplaced().size()));
            for (ImportReport.Unplaced u : report.unplaced()) {
                out.println("  "
                        + command.text(
                                "review.row",
                                u.row(),
                                u.unit(),
                                shorten(u.comment()),
                                u.reason(command.global.uiLocale())));
            }
        }
    }

    private static String shorten(String text) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() <= 160 ? one : one.substring(0, 157) + "…";
    }
}
