package kg.kodeks.documents;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kg.kodeks.drafts.CommitInfo;
import kg.kodeks.drafts.Draft;
import kg.kodeks.drafts.DraftFile;
import kg.kodeks.drafts.DraftRepository;
import kg.kodeks.drafts.Drafts;
import kg.kodeks.drafts.SourceNote;
import kg.kodeks.error.KodeksException;
import kg.kodeks.findings.Finding;
import kg.kodeks.findings.FindingType;
import kg.kodeks.findings.FindingUnit;
import kg.kodeks.findings.Findings;
import kg.kodeks.model.Citations;
import kg.kodeks.model.Corpus;
import kg.kodeks.model.Language;
import kg.kodeks.model.Unit;
import kg.kodeks.model.UnitRef;
import kg.kodeks.render.DocumentKind;
import kg.kodeks.render.Renderer;
import kg.kodeks.review.ListedComment;
import kg.kodeks.review.ReviewService;
import kg.kodeks.review.Round;

/**
 * Official documents made from the workspace's own work rather than from a data file: the Code
 * and its comparative table from a draft version, the comment form and the summary table of
 * comments from a review round, the findings report from the findings, a redline between two
 * draft versions. Each starts from the kind's sample data in {@code documents/} for its title
 * block and letterhead and replaces the content with what the services hold.
 */
public final class WorkspaceDocuments {
    static final String BUNDLE = "kg.kodeks.documents.messages";

    private final Renderer renderer;
    private final Drafts drafts;
    private final Supplier<Corpus> corpus;
    private final Source<ReviewService> review;
    private final Supplier<Findings> findings;

    /** A service that may refuse to start (a workspace without a drafts repository). */
    @FunctionalInterface
    public interface Source<T> {
        T get() throws KodeksException;
    }

    public WorkspaceDocuments(
            Renderer renderer,
            Drafts drafts,
            Supplier<Corpus> corpus,
            Source<ReviewService> review,
            Supplier<Findings> findings) {
        this.renderer = renderer;
        this.drafts = drafts;
        this.corpus = corpus;
        this.review = review;
        this.findings = findings;
    }

    /** What a kind of document is made from when it is not made from its sample data. */
    public enum MadeFrom {
        /** A draft version: the Code, the comparative table. */
        VERSION,
        /** A review round: the comment form, the summary table of comments. */
        ROUND,
        /** The findings of the corpus: the findings report. */
        FINDINGS;

        /** The source a kind can be made from, or null when it is made from its sample data only. */
        public static MadeFrom of(DocumentKind kind) {
            return switch (kind) {
                case CODE, COMPARATIVE_TABLE -> VERSION;
                case COMMENTS_TABLE, COMMENT_FORM -> ROUND;
                case FINDINGS_REPORT -> FINDINGS;
                default -> null;
            };
        }
    }

    /**
     * A document of a kind made from the workspace: {@code value} names the draft version or the
     * review round, as {@link MadeFrom#of} says (unused for the findings report).
     */
    public Renderer.Result render(DocumentKind kind, String value, Language language, Path out) throws KodeksException {
        return switch (kind) {
            case CODE -> code(value, language, out);
            case COMPARATIVE_TABLE -> comparativeTable(value, language, out);
            case COMMENTS_TABLE -> commentsTable(value, language, out);
            case COMMENT_FORM -> commentForm(value, language, out);
            case FINDINGS_REPORT -> findingsReport(null, language, out);
            default -> throw new IllegalArgumentException(kind.id() + " is made from its sample data only");
        };
    }

    /** The Code as it stands in a draft version ({@code working} for the uncommitted files). */
    public Renderer.Result code(String version, Language language, Path out) throws KodeksException {
        Map<String, Object> data = sample(DocumentKind.CODE, language);
        data.put("body", markdown(version, language));
        return renderer.render(DocumentKind.CODE, data, sourceName(version, language), language, out);
    }

    /**
     * The comparative table of a draft version: for each article that names its sources, the
     * current wording of those norms in the corpus, the article's wording, and the sources cited.
     */
    public Renderer.Result comparativeTable(String version, Language language, Path out) throws KodeksException {
        DraftFile file = draftFile(version, language);
        Corpus laws = corpus.get();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Unit article : file.act().articles()) {
            List<SourceNote> notes = file.sources().stream()
                    .filter(n -> n.eid().equals(article.eid()) || n.eid().startsWith(article.eid() + "__"))
                    .toList();
            if (notes.isEmpty()) {
                continue;
            }
            List<String> current = new ArrayList<>();
            List<String> cited = new ArrayList<>();
            for (SourceNote note : notes) {
                sourceText(laws, note).ifPresent(text -> {
                    current.add(text.citation() + ": " + text.text());
                    cited.add(text.citation());
                });
            }
            if (current.isEmpty()) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("unit", Citations.unitLabel(article, language) + headingSuffix(article));
            row.put("current", String.join("\n", current));
            row.put("draft", textOf(article));
            row.put("reasoning", Labels.get(language, "comparative.reasoning", String.join("; ", cited)));
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new KodeksException(BUNDLE, "comparative.noSources", version, language.code());
        }
        Map<String, Object> data = sample(DocumentKind.COMPARATIVE_TABLE, language);
        data.put("rows", rows);
        data.put("date", LocalDate.now().toString());
        return renderer.render(DocumentKind.COMPARATIVE_TABLE, data, sourceName(version, language), language, out);
    }

    /** The summary table of comments of a review round, with the drafters' decisions. */
    public Renderer.Result commentsTable(String roundId, Language language, Path out) throws KodeksException {
        ReviewService service = review.get();
        Round round = service.round(roundId);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ListedComment listed : service.list(new ReviewService.Filter(round.id(), null, null))) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("unit", listed.citation());
            row.put("author", listed.comment().authorLine());
            row.put(
                    "text",
                    listed.comment().text()
                            + (listed.comment().proposal().isBlank()
                                    ? ""
                                    : "\n"
                                            + Labels.get(
                                                    language,
                                                    "comments.proposal",
                                                    listed.comment().proposal())));
            row.put(
                    "decision",
                    Labels.get(
                            language, "decision." + listed.comment().decision().code()));
            row.put("status", listed.comment().decision().code());
            row.put("response", listed.comment().reason());
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new KodeksException(BUNDLE, "round.empty", round.id());
        }
        Map<String, Object> data = sample(DocumentKind.COMMENTS_TABLE, language);
        data.put("round", round.id() + " (" + round.version() + ")");
        data.put("date", LocalDate.now().toString());
        data.put("comments", rows);
        return renderer.render(DocumentKind.COMMENTS_TABLE, data, Path.of("review", round.id()), language, out);
    }

    /** The form sent to members for a round: every part of the version under review, due date. */
    public Renderer.Result commentForm(String roundId, Language language, Path out) throws KodeksException {
        Round round = review.get().round(roundId);
        DraftFile file = draftFile(round.commit(), language);
        List<Map<String, Object>> units = new ArrayList<>();
        for (Unit article : file.act().articles()) {
            List<Unit> path = new ArrayList<>(file.act().pathTo(article.eid()));
            addUnits(article, path, language, units);
        }
        Map<String, Object> data = sample(DocumentKind.COMMENT_FORM, language);
        data.put("round", round.id() + " (" + round.version() + ")");
        data.put("date", round.opened().toString());
        data.put("deadline", round.due().toString());
        data.put("units", units);
        return renderer.render(DocumentKind.COMMENT_FORM, data, Path.of("review", round.id()), language, out);
    }

    /** The findings report: every finding of the corpus of the given type (all when null). */
    public Renderer.Result findingsReport(FindingType type, Language language, Path out) throws KodeksException {
        List<Finding> found = findings.get()
                .list(type == null ? java.util.EnumSet.noneOf(FindingType.class) : java.util.EnumSet.of(type));
        if (found.isEmpty()) {
            throw new KodeksException(BUNDLE, "findings.none");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Finding finding : found) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(
                    "kind",
                    Labels.get(language, "finding." + finding.type()) + ": "
                            + Labels.get(language, "finding.subtype." + finding.subtype()));
            row.put(
                    "units",
                    String.join(
                            "; ",
                            finding.units().stream().map(FindingUnit::citation).toList()));
            row.put(
                    "description",
                    language == Language.KIR
                            ? finding.explanation().kir()
                            : finding.explanation().rus());
            row.put(
                    "recommendation",
                    finding.decision() == null
                            ? Labels.get(language, "finding.undecided")
                            : Labels.get(
                                    language,
                                    "finding.decided." + finding.decision().status(),
                                    finding.decision().reason()));
            rows.add(row);
        }
        Map<String, Object> data = sample(DocumentKind.FINDINGS_REPORT, language);
        data.put("date", LocalDate.now().toString());
        data.put("findings", rows);
        return renderer.render(DocumentKind.FINDINGS_REPORT, data, Path.of("findings"), language, out);
    }

    /** The Code of version {@code to} with the changes since {@code from} as tracked changes by the newer commit's author. */
    public Renderer.Result redline(String from, String to, Language language, Path out) throws KodeksException {
        String older = markdown(from, language);
        String newer = markdown(to, language);
        DraftRepository repo = drafts.repository();
        String author;
        Instant when;
        if (DraftRepository.WORKING.equals(to)) {
            author = repo.authorOrDefault().getName();
            when = Instant.now();
        } else {
            CommitInfo commit = repo.info(repo.commit(to));
            author = commit.author();
            when = java.time.OffsetDateTime.parse(commit.date()).toInstant();
        }
        return renderer.redline(older, newer, sourceName(to, language), language, out, author, when);
    }

    private Map<String, Object> sample(DocumentKind kind, Language language) throws KodeksException {
        Map<String, Object> data = new LinkedHashMap<>(Renderer.readData(renderer.sampleData(kind, language)));
        // The sample titles name the chapters their sample rows come from; these documents cover the whole draft.
        if (data.get("title") instanceof String title) {
            data.put("title", title.replaceAll("\\s*\\([^()]*\\)\\s*$", "").replaceAll(",\\s*[^,]*глав[^,]*$", ""));
        }
        return data;
    }

    private String markdown(String version, Language language) throws KodeksException {
        String text = drafts.repository().markdown(version, language);
        if (text == null) {
            throw new KodeksException(BUNDLE, "draft.noFile", version, Draft.fileName(language));
        }
        return text;
    }

    private DraftFile draftFile(String version, Language language) throws KodeksException {
        DraftFile file = drafts.repository()
                .read(version)
                .file(language)
                .orElseThrow(() -> new KodeksException(BUNDLE, "draft.noFile", version, Draft.fileName(language)));
        if (!file.ok()) {
            throw new KodeksException(
                    BUNDLE,
                    "draft.broken",
                    version,
                    file.name(),
                    file.problems().isEmpty() ? "" : file.problems().get(0).message());
        }
        return file;
    }

    private static Path sourceName(String version, Language language) {
        return Path.of("drafts", version, Draft.fileName(language));
    }

    private record Quoted(String citation, String text) {}

    /** The norm or unit a source annotation names, cited and with all its text; empty when the corpus lacks it. */
    private static java.util.Optional<Quoted> sourceText(Corpus laws, SourceNote note) {
        UnitRef ref;
        try {
            ref = UnitRef.parse(note.source());
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty(); // lint reports it; the table shows what it can
        }
        return laws.norm(ref).map(n -> new Quoted(n.citation(), textOf(n.unit())));
    }

    private static void addUnits(Unit unit, List<Unit> path, Language language, List<Map<String, Object>> units) {
        if (unit.hasText() && !unit.repealed()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("unit", Citations.local(language, path));
            row.put("text", unit.text());
            units.add(row);
        }
        for (Unit child : unit.children()) {
            path.add(child);
            addUnits(child, path, language, units);
            path.remove(path.size() - 1);
        }
    }

    /** The text of a unit and everything under it, one line per unit, numbered as in the text. */
    static String textOf(Unit unit) {
        List<String> lines = new ArrayList<>();
        unit.flatten().filter(Unit::hasText).forEach(u -> lines.add(number(u) + u.text()));
        return String.join("\n", lines);
    }

    private static String number(Unit unit) {
        return switch (unit.kind()) {
            case PART -> unit.number() + ". ";
            case POINT, SUBPOINT -> unit.number() + ") ";
            default -> "";
        };
    }

    private static String headingSuffix(Unit article) {
        return article.heading() == null || article.heading().isBlank() ? "" : ". " + article.heading();
    }
}
