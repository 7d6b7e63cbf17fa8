package kg.kodeks.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kg.kodeks.Workbench;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Act;
import kg.kodeks.model.Citations;
import kg.kodeks.model.Language;
import kg.kodeks.model.Unit;
import kg.kodeks.model.UnitKind;
import kg.kodeks.review.Comment;
import kg.kodeks.review.Decision;
import kg.kodeks.review.ImportReport;
import kg.kodeks.review.ListedComment;
import kg.kodeks.review.ReviewService;
import kg.kodeks.review.Round;
import kg.kodeks.review.RoundSummary;
import kg.kodeks.users.Role;
import kg.kodeks.users.User;
import kg.kodeks.workspace.AtomicFiles;

/**
 * The review pages: the rounds with the overdue comments, one round's comments per article with
 * where each now stands, and the forms to open a round, add, decide and import comments. All
 * work is done by {@link ReviewService}; a refused form comes back filled in, with the message.
 */
final class ReviewRoutes {
    /** Largest comment form accepted as an upload; a filled-in form is a few hundred kilobytes. */
    static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    private static final Set<String> NOT_FOUND = Set.of("round.unknown", "comment.unknown");

    private final Workbench workbench;
    private final Views views;
    private final Guard guard;

    ReviewRoutes(Workbench workbench, Views views, Guard guard) {
        this.workbench = workbench;
        this.views = views;
        this.guard = guard;
    }

    /** A round in the list, with its counts. */
    record RoundRow(
            String id,
            String version,
            String commit,
            String lang,
            LocalDate opened,
            LocalDate due,
            String status,
            boolean overdue,
            int total,
            int open) {}

    /** A comment as shown: where it was made, where it stands now, and its decision. */
    record CommentRow(
            String id,
            String round,
            String author,
            LocalDate date,
            String unit,
            String citation,
            String currentCitation,
            String anchor,
            int confidence,
            String text,
            String proposal,
            String status,
            String reason,
            String decidedBy,
            LocalDate decidedOn) {}

    /** The comments on one article of the newest version (or on removed units). */
    record Group(String label, boolean removed, List<CommentRow> comments) {}

    /** A unit that can be commented on, as offered in the form. */
    record UnitOption(String eid, String label, int depth) {}

    /** A row of a comment form that the import could not place. */
    record Unplaced(int row, String unit, String comment, String reason) {}

    // ---- the list of rounds -------------------------------------------------------------

    void index(Context ctx) {
        showIndex(ctx, 200, null, Map.of());
    }

    void open(Context ctx) throws KodeksException {
        guard.require(ctx, Role.SECRETARIAT, Role.DRAFTER);
        Map<String, String> values = values(ctx, "version", "due", "language");
        LocalDate due;
        try {
            due = LocalDate.parse(values.get("due"));
        } catch (DateTimeParseException e) {
            showIndex(ctx, 400, ui(ctx).format("review.badDate", values.get("due")), values);
            return;
        }
        Language language = "kir".equals(values.get("language")) ? Language.KIR : Language.RUS;
        Round round;
        try {
            synchronized (workbench) {
                round = workbench.review().open(values.get("version"), due, null, language);
            }
        } catch (KodeksException e) {
            showIndex(ctx, 400, e.localized(ui(ctx).locale()), values);
            return;
        }
        ctx.redirect("/review/round?id=" + Page.encode(round.id()));
    }

    private void showIndex(Context ctx, int status, String error, Map<String, String> values) {
        Map<String, Object> model = Page.model(ctx);
        model.put("error", error);
        model.put("values", values);
        model.put("today", LocalDate.now().toString());
        model.put("defaultDue", LocalDate.now().plusDays(7).toString());
        try {
            ReviewService review = workbench.review();
            List<RoundRow> rounds = new ArrayList<>();
            List<CommentRow> overdue = new ArrayList<>();
            for (Round round : review.rounds()) {
                RoundSummary summary = review.summary(round.id());
                rounds.add(new RoundRow(
                        round.id(),
                        round.version(),
                        shortCommit(round.commit()),
                        round.language().code(),
                        round.opened(),
                        round.due(),
                        round.status(),
                        !summary.overdue().isEmpty(),
                        summary.total(),
                        summary.byStatus().getOrDefault(Decision.OPEN.code(), 0)));
                summary.overdue().forEach(l -> overdue.add(row(l)));
            }
            model.put("rounds", rounds);
            model.put("overdue", overdue);
            model.put("versions", review.versions());
        } catch (KodeksException e) {
            // A workspace without a drafts repository (or the bundled sample) has no review:
            // the page says why instead of failing.
            model.put("unavailable", e.localized(ui(ctx).locale()));
        }
        ctx.status(status);
        views.show(ctx, "review", model);
    }

    // ---- one round ------------------------------------------------------------------------

    void round(Context ctx) throws KodeksException {
        showRound(ctx, 200, ctx.queryParam("id"), null, null, Map.of(), null);
    }

    void add(Context ctx) throws KodeksException {
        guard.require(ctx, Role.EXPERT, Role.DRAFTER, Role.SECRETARIAT);
        Map<String, String> values = values(ctx, "round", "unit", "text", "proposal");
        String roundId = values.get("round");
        Round round = knownRound(roundId);
        if (values.get("text").isBlank()) {
            showRound(ctx, 400, round.id(), "add", ui(ctx).get("review.textRequired"), values, null);
            return;
        }
        Comment added;
        try {
            synchronized (workbench) {
                added = workbench
                        .review()
                        .add(round.id(), values.get("unit"), author(ctx), values.get("text"), values.get("proposal"));
            }
        } catch (KodeksException e) {
            showRound(ctx, 400, round.id(), "add", e.localized(ui(ctx).locale()), values, null);
            return;
        }
        ctx.redirect("/review/round?id=" + Page.encode(round.id()) + "#" + added.id());
    }

    void decide(Context ctx) throws KodeksException {
        guard.require(ctx, Role.DRAFTER);
        Map<String, String> values = values(ctx, "comment", "status", "reason");
        Comment comment = knownComment(values.get("comment"));
        Decision decision = Decision.parse(values.get("status"));
        String error = null;
        if (decision == null || !decision.decided()) {
            error = ui(ctx).get("review.pickDecision");
        } else if (values.get("reason").isBlank()) {
            error = ui(ctx).get("review.reasonRequired");
        }
        if (error == null) {
            try {
                synchronized (workbench) {
                    workbench.review().decide(comment.id(), decision, values.get("reason"), author(ctx));
                }
            } catch (KodeksException e) {
                error = e.localized(ui(ctx).locale());
            }
        }
        if (error != null) {
            showRound(ctx, 400, comment.round(), comment.id(), error, values, null);
            return;
        }
        ctx.redirect("/review/round?id=" + Page.encode(comment.round()) + "#" + comment.id());
    }

    /**
     * Imports a returned comment form. The upload is checked for size and type here, copied into
     * the workspace cache for the service to read (it checks the zip itself: bombs, paths,
     * DOCTYPE) and deleted afterwards, whatever happened.
     */
    void importForm(Context ctx) throws KodeksException {
        guard.require(ctx, Role.SECRETARIAT, Role.DRAFTER);
        Map<String, String> values = values(ctx, "round", "author");
        Round round = knownRound(values.get("round"));
        Ui ui = ui(ctx);
        UploadedFile upload = ctx.uploadedFile("file");
        String name = upload == null ? "" : upload.filename();
        if (upload == null || upload.size() == 0) {
            showRound(ctx, 400, round.id(), "import", ui.get("review.upload.missing"), values, null);
            return;
        }
        if (upload.size() > MAX_UPLOAD_BYTES) {
            showRound(
                    ctx,
                    400,
                    round.id(),
                    "import",
                    ui.format("review.upload.tooLarge", name, MAX_UPLOAD_BYTES / (1024 * 1024)),
                    values,
                    null);
            return;
        }
        byte[] bytes;
        try (InputStream in = upload.content()) {
            bytes = in.readNBytes((int) MAX_UPLOAD_BYTES + 1);
        } catch (IOException e) {
            showRound(ctx, 400, round.id(), "import", ui.format("review.upload.unreadable", name), values, null);
            return;
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".docx") || !startsLikeZip(bytes)) {
            showRound(ctx, 400, round.id(), "import", ui.format("review.upload.notDocx", name), values, null);
            return;
        }
        Path dir = workbench.workspace().cache().resolve("uploads");
        Path temp = dir.resolve("comments-" + Sessions.token() + ".docx");
        ImportReport report;
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(temp, bytes);
            synchronized (workbench) {
                report = workbench.review().importForm(temp, round.id(), values.get("author"));
            }
        } catch (KodeksException e) {
            // Messages name the file the service read: show the name the user uploaded instead.
            showRound(
                    ctx,
                    400,
                    round.id(),
                    "import",
                    e.localized(ui.locale()).replace(temp.toString(), name),
                    values,
                    null);
            return;
        } catch (IOException e) {
            showRound(ctx, 400, round.id(), "import", ui.format("review.upload.unreadable", name), values, null);
            return;
        } finally {
            deleteQuietly(temp);
        }
        showRound(ctx, report.added().isEmpty() ? 400 : 200, round.id(), null, null, Map.of(), report);
    }

    private void showRound(
            Context ctx,
            int status,
            String roundId,
            String errorFor,
            String error,
            Map<String, String> values,
            ImportReport report)
            throws KodeksException {
        Round round = knownRound(roundId);
        ReviewService review = workbench.review();
        RoundSummary summary = review.summary(round.id());
        List<ListedComment> listed = review.list(new ReviewService.Filter(round.id(), null, null));
        Ui ui = ui(ctx);
        Locale locale = ui.locale();
        Map<String, Object> model = Page.model(ctx);
        // Messages with arguments are formatted here, next to the values they take.
        model.put("title", ui.format("review.roundTitle", round.id()));
        model.put("asAuthor", ui.format("review.as", author(ctx)));
        model.put("importFileLabel", ui.format("review.importFile", MAX_UPLOAD_BYTES / (1024 * 1024)));
        model.put("round", round);
        model.put("commit", shortCommit(round.commit()));
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (Decision d : Decision.values()) {
            byStatus.put(d.code(), summary.byStatus().getOrDefault(d.code(), 0));
        }
        model.put("byStatus", byStatus);
        model.put("total", summary.total());
        model.put("overdue", summary.overdue().stream().map(ReviewRoutes::row).toList());
        model.put("groups", groups(listed, ui));
        model.put("units", units(round));
        model.put("decisions", List.of(Decision.ACCEPTED.code(), Decision.PARTLY.code(), Decision.REJECTED.code()));
        model.put("errorFor", errorFor);
        model.put("error", error);
        model.put("values", values);
        if (report != null) {
            model.put("imported", ui.format("review.imported", report.added().size()));
            model.put(
                    "unplacedText",
                    ui.format("review.unplacedCount", report.unplaced().size()));
            model.put(
                    "unplaced",
                    report.unplaced().stream()
                            .map(u -> new Unplaced(u.row(), u.unit(), u.comment(), u.reason(locale)))
                            .toList());
        }
        ctx.status(status);
        views.show(ctx, "review-round", model);
    }

    // ---- helpers --------------------------------------------------------------------------

    /** The round, or a 404 page when there is none by that id. */
    private Round knownRound(String id) throws KodeksException {
        try {
            return workbench.review().round(id == null ? "" : id.strip());
        } catch (KodeksException e) {
            throw notFound(e);
        }
    }

    private Comment knownComment(String id) throws KodeksException {
        try {
            return workbench.review().comment(id == null ? "" : id.strip());
        } catch (KodeksException e) {
            throw notFound(e);
        }
    }

    private static KodeksException notFound(KodeksException e) {
        if (NOT_FOUND.contains(e.key())) {
            throw new NotFoundResponse();
        }
        return e;
    }

    /**
     * Who comments and decides: the logged-in user, or on loopback without login the author the
     * drafts repository commits as (the same name {@code kodeks draft commit} would use).
     */
    private String author(Context ctx) throws KodeksException {
        User user = Guard.session(ctx).user();
        if (user != null) {
            return user.fullName();
        }
        return workbench.drafts().repository().authorOrDefault().getName();
    }

    private static List<Group> groups(List<ListedComment> listed, Ui ui) {
        Map<String, List<CommentRow>> byArticle = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (ListedComment l : listed) {
            String key = l.currentArticle() == null ? "" : l.currentArticle();
            if (!byArticle.containsKey(key)) {
                order.add(key);
            }
            byArticle.computeIfAbsent(key, k -> new ArrayList<>()).add(row(l));
        }
        // Articles in the order of the Code, comments on removed units last.
        order.sort((a, b) ->
                a.isEmpty() || b.isEmpty() ? Boolean.compare(a.isEmpty(), b.isEmpty()) : compareNumbers(a, b));
        List<Group> groups = new ArrayList<>();
        for (String key : order) {
            groups.add(new Group(
                    key.isEmpty() ? ui.get("review.unitRemoved") : ui.format("review.article", key),
                    key.isEmpty(),
                    byArticle.get(key)));
        }
        return groups;
    }

    /** «9» before «10», «12-1» after «12». */
    private static int compareNumbers(String a, String b) {
        String[] x = a.split("\\D+");
        String[] y = b.split("\\D+");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) {
                if (x[i].isEmpty() || y[i].isEmpty() || x[i].length() > 9 || y[i].length() > 9) {
                    return x[i].compareTo(y[i]);
                }
                return Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            }
        }
        return a.compareTo(b);
    }

    private static CommentRow row(ListedComment l) {
        Comment c = l.comment();
        return new CommentRow(
                c.id(),
                c.round(),
                c.authorLine(),
                c.date(),
                c.unit(),
                l.citation(),
                l.currentCitation(),
                l.anchor().how(),
                (int) Math.round(l.anchor().confidence() * 100),
                c.text(),
                c.proposal(),
                c.decision().code(),
                c.reason(),
                c.decidedBy(),
                c.decidedOn());
    }

    /** Every article, part and point of the round's version, in text order, for the form. */
    private List<UnitOption> units(Round round) throws KodeksException {
        Act act = workbench
                .drafts()
                .repository()
                .read(round.commit())
                .act(round.language())
                .orElse(null);
        List<UnitOption> options = new ArrayList<>();
        if (act != null) {
            for (Unit unit : act.units()) {
                addUnits(unit, new ArrayList<>(), round.language(), options);
            }
        }
        return options;
    }

    private static void addUnits(Unit unit, List<Unit> path, Language language, List<UnitOption> options) {
        path.add(unit);
        if (unit.kind() != UnitKind.SECTION && unit.kind() != UnitKind.CHAPTER) {
            int depth = unit.kind().ordinal() - UnitKind.ARTICLE.ordinal();
            String label = unit.kind() == UnitKind.ARTICLE
                    ? Citations.unitLabel(unit, language) + (unit.heading().isEmpty() ? "" : ". " + unit.heading())
                    : Citations.local(language, path);
            options.add(new UnitOption(unit.shortEid(), label, depth));
        }
        for (Unit child : unit.children()) {
            addUnits(child, path, language, options);
        }
        path.remove(path.size() - 1);
    }

    private static Map<String, String> values(Context ctx, String... names) {
        Map<String, String> values = new HashMap<>();
        for (String name : names) {
            String value = ctx.formParam(name);
            values.put(name, value == null ? "" : value);
        }
        return values;
    }

    private static boolean startsLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The cache is disposable; a leftover file there is harmless and removed with it.
        }
    }

    private static String shortCommit(String commit) {
        return commit.length() > 7 ? commit.substring(0, 7) : commit;
    }

    private static Ui ui(Context ctx) {
        return ctx.attribute("ui");
    }
}
