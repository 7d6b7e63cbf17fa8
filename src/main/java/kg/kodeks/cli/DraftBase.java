package kg.kodeks.cli;

import java.util.List;
import kg.kodeks.drafts.Change;
import kg.kodeks.drafts.CommitInfo;
import kg.kodeks.drafts.Comparison;
import kg.kodeks.drafts.DraftRepository;
import kg.kodeks.drafts.MergeReport;
import kg.kodeks.drafts.WordOp;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;
import org.eclipse.jgit.lib.PersonIdent;

/** What the {@code draft} commands share: the language, the author, and how changes are printed. */
abstract class DraftBase extends BaseCommand {

    Language language() {
        return global.language() == null ? Language.RUS : global.language();
    }

    /** The author given with --author, else the repository's user.name and user.email. */
    static PersonIdent author(String given, DraftRepository repo) throws KodeksException {
        if (given != null) {
            return DraftRepository.person(given);
        }
        return repo.defaultAuthor();
    }

    void printCommit(CommitInfo c) {
        String tags = c.tags().isEmpty() ? "" : " (" + String.join(", ", c.tags()) + ")";
        out().println(c.shortId() + " " + c.date().substring(0, 10) + " " + c.author() + tags + "  " + c.subject());
    }

    void printComparison(Comparison comparison) {
        if (comparison.changes().isEmpty()) {
            out().println(text("draft.diff.none", comparison.from(), comparison.to()));
        }
        for (Change c : comparison.changes()) {
            String unit = text("draft.unit." + c.unit());
            String where = switch (c.kind()) {
                case Change.ADDED -> unit + " " + c.number();
                case Change.REMOVED -> unit + " " + c.oldNumber();
                default ->
                    c.oldNumber().equals(c.number())
                            ? unit + " " + c.number()
                            : unit + " " + c.oldNumber() + " → " + c.number();
            };
            out().printf("%-11s %s. %s%n", text("draft.kind." + c.kind()), where, c.heading());
            if (c.textChanged()) {
                out().println("            " + words(c.words()));
            }
        }
    }

    /** Words with deletions as [-…-] and insertions as {+…+}, the way git diff --word-diff shows them. */
    static String words(List<WordOp> ops) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ops.size(); i++) {
            WordOp op = ops.get(i);
            if (out.length() > 0) {
                out.append(' ');
            }
            switch (op.op()) {
                case "+" -> out.append("{+").append(op.text()).append("+}");
                case "-" -> out.append("[-").append(op.text()).append("-]");
                default -> out.append(context(op.text(), i > 0, i < ops.size() - 1));
            }
        }
        return out.toString();
    }

    /** Unchanged words shortened to a few around the changes, as a reader needs them. */
    private static String context(String text, boolean after, boolean before) {
        String[] w = text.split(" ");
        int keep = 5;
        if (w.length <= 2 * keep + 1) {
            return text;
        }
        String head = String.join(" ", java.util.Arrays.copyOfRange(w, 0, keep));
        String tail = String.join(" ", java.util.Arrays.copyOfRange(w, w.length - keep, w.length));
        if (after && before) {
            return head + " … " + tail;
        }
        return after ? head + " …" : "… " + tail;
    }

    /** Prints a merge; returns the exit code (1 when it conflicts). */
    int printMerge(MergeReport report) throws java.io.IOException {
        if (global.json()) {
            printJson(report);
        } else if (report.ok()) {
            out().println(text("draft.merge." + report.status(), report.commit().shortId()));
        } else {
            out().println(text("draft.merge.conflicting"));
            for (MergeReport.Conflict c : report.conflicts()) {
                out().println("  "
                        + text(
                                "draft.merge.conflict",
                                c.lang(),
                                c.number(),
                                c.heading(),
                                text("draft.kind." + c.ours()),
                                text("draft.kind." + c.theirs())));
            }
            if (report.conflicts().isEmpty()) {
                out().println("  " + String.join(", ", report.files()));
            }
            out().println(text("draft.merge.unchanged"));
        }
        return report.ok() ? ExitCodes.OK : ExitCodes.USER_ERROR;
    }
}
