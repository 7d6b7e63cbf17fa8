package kg.kodeks.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kg.kodeks.Workbench;
import kg.kodeks.corpus.CorpusReader;
import kg.kodeks.corpus.ImportOptions;
import kg.kodeks.corpus.ImportedAct;
import kg.kodeks.model.Act;
import kg.kodeks.model.Language;
import kg.kodeks.review.Comment;
import kg.kodeks.review.Decision;
import kg.kodeks.review.DraftVersions;
import kg.kodeks.review.ImportReport;
import kg.kodeks.review.ListedComment;
import kg.kodeks.review.ReviewService;
import kg.kodeks.review.Round;
import kg.kodeks.review.RoundSummary;
import kg.kodeks.workspace.AtomicFiles;

/** The steps of {@code kodeks demo}, one small class each. */
final class DemoSteps {
    private DemoSteps() {}

    /** Writes a value as JSON to {@code out/NAME}; the file, for the step's line. */
    static Path writeJson(Path out, String name, Object value) throws java.io.IOException {
        Path file = out.resolve(name);
        AtomicFiles.writeString(file, BaseCommand.json().writeValueAsString(value));
        return file;
    }

    /** Reads the corpus and writes its listing. */
    static final class Corpus implements DemoStep {
        @Override
        public String name() {
            return "corpus";
        }

        @Override
        public String run(Workbench workbench, Path out, BaseCommand command) throws Exception {
            CorpusReader.Result result = workbench.corpus();
            List<CorpusCommand.ActRow> acts = result.corpus().acts().stream()
                    .map(CorpusCommand.ActRow::of)
                    .toList();
            Path file = writeJson(out, "corpus.json", acts);
            int articles =
                    result.corpus().acts().stream().mapToInt(Act::articleCount).sum();
            int norms = result.corpus().acts().stream()
                    .mapToInt(a -> a.norms().size())
                    .sum();
            return acts.size() + " acts, " + articles + " articles, " + norms + " norms, "
                    + result.problems().size() + " problems → " + file;
        }
    }

    /**
     * Imports the sample exports of {@code documents/imports/} (a Windows-1251 text and a DOCX,
     * their language named in the file name) into the demo workspace's corpus.
     */
    static final class Import implements DemoStep {
        @Override
        public String name() {
            return "import";
        }

        @Override
        public String run(Workbench workbench, Path out, BaseCommand command) throws Exception {
            Path folder = workbench.workspace().documents().resolve("imports");
            List<Path> files;
            try (Stream<Path> listing = Files.list(folder)) {
                files = listing.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                        .sorted()
                        .toList();
            }
            List<String> done = new ArrayList<>();
            for (Path file : files) {
                Language language = file.getFileName().toString().contains(".kir.") ? Language.KIR : Language.RUS;
                ImportOptions options = new ImportOptions(
                        language,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Sample export written for Kodeks (documents/imports); a fictional act, not an official text");
                ImportedAct imported = workbench.importFile(file, options, null, false, true);
                if (!imported.ok()) {
                    throw new IllegalStateException("the sample " + file + " did not import: "
                            + imported.problems().get(0).message());
                }
                done.add(file.getFileName() + " → "
                        + workbench.workspace().root().relativize(imported.target()) + " ("
                        + imported.act().meta().expression() + ", "
                        + imported.act().articleCount() + " articles, "
                        + imported.act().norms().size() + " norms)");
            }
            return done.size() + " sample exports imported: " + String.join("; ", done);
        }
    }

    /** Shows the history of the sample draft. */
    static final class DraftLog implements DemoStep {
        @Override
        public String name() {
            return "draft log";
        }

        @Override
        public String run(Workbench workbench, Path out, BaseCommand command) throws Exception {
            List<kg.kodeks.drafts.CommitInfo> log =
                    workbench.drafts().repository().log(0);
            for (kg.kodeks.drafts.CommitInfo c : log) {
                command.out()
                        .println("    " + c.shortId() + " " + c.date().substring(0, 10) + " " + c.author() + " "
                                + c.tags() + " " + c.subject());
            }
            String tags =
                    log.stream().flatMap(c -> c.tags().stream()).collect(java.util.stream.Collectors.joining(", "));
            return command.text("demo.draftLog", log.size(), tags);
        }
    }

    /** Compares the concept version with the version after the working group's meeting. */
    static final class DraftDiff implements DemoStep {
        @Override
        public String name() {
            return "draft diff";
        }

        @Override
        public String run(Workbench workbench, Path out, BaseCommand command) throws Exception {
            kg.kodeks.drafts.Comparison diff =
                    workbench.drafts().diff("v1-concept", "v3-after-meeting", kg.kodeks.model.Language.RUS);
            Path file = writeJson(out, "draft-diff.json", diff);
            return command.text(
                    "demo.draftDiff",
                    diff.changes().size(),
                    diff.of(kg.kodeks.drafts.Change.RENUMBERED).size(),
                    file);
        }
    }

    /** Lints the draft. */
    static final class DraftLint implements DemoStep {
        @Override
        public String name() {
            return "draft lint";
        }

        @Override
        public String run(Workbench workbench, Path out, BaseCommand command) throws Exception {
            List<kg.kodeks.error.Problem> problems =
                    workbench.drafts().lint(workbench.corpus().corpus());
            long errors =
                    problems.stream().filter(kg.kodeks.error.Problem::isError).count();
            return command.text("demo.draftLint", errors, problems.size() - errors);
        }
    }

    /** Writes the consolidation ledger. */
    static final class DraftCoverage implements DemoStep {
        @Override
        public String name() {
            return "draft coverage";
        }

        @Override
        public String run(Workbench workbench, Path out, BaseCommand command) throws Exception {
            kg.kodeks.drafts.Coverage.Report report =
                    workbench.drafts().coverage(workbench.corpus().corpus(), kg.kodeks.model.Language.RUS);
            Path file = writeJson(out, "coverage.json", report);
            return command.text(
                    "demo.draftCoverage",
                    report.percent(),
                    report.repealCandidates().isEmpty() ? "—" : String.join(", ", report.repealCandidates()),
                    file);
        }
    }

    /**
     * Opens a review round on the sample draft's version submitted to the working group, imports
     * the sample comment form, decides three comments and writes the round summary.
     */
    static final class Review implements DemoStep {
        static final String FORM = "documents/review/sample-comments.docx";
        static final String AUTHOR = "Сатыбалдиева Г. (образец), Союз местных самоуправлений (образец)";

        @Override
        public String name() {
            return "review";
        }

        @Override
        public String run(Workbench workbench, Path out, BaseCommand command) throws Exception {
            ReviewService review = workbench.review();
            String version = reviewedVersion(workbench);
            Round round = review.open(version, LocalDate.now().plusDays(7), null, Language.RUS);
            ImportReport imported = review.importForm(workbench.workspace().inside(FORM), round.id(), AUTHOR);
            ReviewText.importReport(imported, round.id(), command);
            List<Comment> added = imported.added();
            Decision[] decisions = {Decision.ACCEPTED, Decision.PARTLY, Decision.REJECTED};
            String[] reasons = {
                "Учтено в новой редакции (образец).",
                "Учтено частично: срок вынесен в положение о слушаниях (образец).",
                "Не учтено: вопрос регулируется другой главой (образец)."
            };
            for (int i = 0; i < Math.min(decisions.length, added.size()); i++) {
                review.decide(added.get(i).id(), decisions[i], reasons[i], "Секретариат (образец)");
            }
            RoundSummary summary = review.summary(round.id());
            ReviewText.summary(summary, command);
            List<ListedComment> listed = review.list(new ReviewService.Filter(round.id(), null, null));
            listed.forEach(l -> command.out().println(ReviewText.line(l, command)));
            Map<String, Object> json = new LinkedHashMap<>(ReviewJson.summary(summary));
            json.put("comments", listed.stream().map(ReviewJson::listed).toList());
            Path file = writeJson(out, "review-summary.json", json);
            long removed = listed.stream().filter(l -> l.anchor().isRemoved()).count();
            return command.text(
                    "demo.review",
                    round.id(),
                    version,
                    summary.total(),
                    imported.unplaced().size(),
                    removed,
                    file);
        }

        /** The version members comment on: v2-iwg when the sample has it, else the newest tag. */
        private static String reviewedVersion(Workbench workbench) throws Exception {
            List<DraftVersions.Version> versions = workbench.review().versions();
            if (versions.isEmpty()) {
                return "HEAD";
            }
            return versions.stream()
                    .map(DraftVersions.Version::name)
                    .filter("v2-iwg"::equals)
                    .findFirst()
                    .orElse(versions.get(versions.size() - 1).name());
        }
    }

    /** Builds the search index and runs a few searches in both languages. */
    static final class Search implements DemoStep {
        /** Queries that show stemming in both languages and negation kept as meaning. */
        static final List<String> QUERIES = List.of(
                "айыл кеңеши",
                "жергиликтүү бюджет",
                "орган местного самоуправления",
                "не вправе",
                "\"публичные слушания\"");

        @Override
        public String name() {
            return "search";
        }

        @Override
        public String run(Workbench workbench, Path out, BaseCommand command) throws Exception {
            kg.kodeks.search.IndexReport report = workbench.search().index();
            java.util.Map<String, SearchCommand.JsonResult> results = new java.util.LinkedHashMap<>();
            long hits = 0;
            for (String query : QUERIES) {
                kg.kodeks.search.SearchResult result = workbench
                        .search()
                        .search(kg.kodeks.search.SearchRequest.of(query).withPage(3, 1));
                results.put(query, SearchCommand.JsonResult.of(result));
                hits += result.total();
                command.out().println("    «" + query + "» → " + result.total() + " (" + result.language() + ")");
                for (kg.kodeks.search.SearchHit hit : result.hits()) {
                    command.out().println("      " + hit.citation());
                    command.out().println("        " + SearchCommand.plain(hit.snippet()));
                }
            }
            Path file = writeJson(out, "search.json", results);
            return command.text("demo.search", QUERIES.size(), hits, report.documents(), file);
        }
    }

    /** Runs every detector and writes the findings report as HTML and JSON. */
    static final class Findings implements DemoStep {
        @Override
        public String name() {
            return "findings";
        }

        @Override
        public String run(Workbench workbench, Path out, BaseCommand command) throws Exception {
            List<kg.kodeks.findings.Finding> findings =
                    workbench.findings().list(java.util.EnumSet.noneOf(kg.kodeks.findings.FindingType.class));
            Path html = out.resolve("findings.html");
            Path json = out.resolve("findings.json");
            AtomicFiles.writeString(html, kg.kodeks.findings.FindingsReport.html(findings));
            AtomicFiles.writeString(json, kg.kodeks.findings.FindingsReport.json(findings));
            StringBuilder counts = new StringBuilder();
            kg.kodeks.findings.FindingsReport.counts(findings)
                    .forEach((type, n) -> counts.append(counts.length() == 0 ? "" : ", ")
                            .append(type.code())
                            .append(' ')
                            .append(n));
            return command.text("demo.findings", counts, html, json);
        }
    }

    /**
     * Renders every document kind in both languages into out/documents/: the press release,
     * protocol and plan from their sample data, the rest from the workspace's own work (the
     * newest draft version, the review round the demo opened, the findings), and a redline of
     * the sample history.
     */
    static final class Documents implements DemoStep {
        @Override
        public String name() {
            return "documents";
        }

        @Override
        public String run(Workbench workbench, Path out, BaseCommand command) throws Exception {
            Path dir = out.resolve("documents");
            kg.kodeks.documents.WorkspaceDocuments documents = workbench.documents();
            List<kg.kodeks.review.Round> rounds = workbench.review().rounds();
            String round = rounds.get(rounds.size() - 1).id();
            List<String> written = new ArrayList<>();
            for (kg.kodeks.render.DocumentKind kind : kg.kodeks.render.DocumentKind.values()) {
                for (Language language : Language.values()) {
                    Path file = dir.resolve(kind.id() + "." + language.code() + ".docx");
                    switch (kind) {
                        case CODE -> documents.code("HEAD", language, file);
                        case COMPARATIVE_TABLE -> documents.comparativeTable("HEAD", language, file);
                        case COMMENTS_TABLE -> documents.commentsTable(round, language, file);
                        case COMMENT_FORM -> documents.commentForm(round, language, file);
                        case FINDINGS_REPORT ->
                            documents.findingsReport(kg.kodeks.findings.FindingType.CONFLICT, language, file);
                        default -> workbench.render().render(kind, null, language, file);
                    }
                    written.add(file.getFileName().toString());
                }
            }
            Path redline = dir.resolve("redline-v1-v3.rus.docx");
            documents.redline("v1-concept", "v3-after-meeting", Language.RUS, redline);
            written.add(redline.getFileName().toString());
            return command.text("demo.documents", written.size(), dir, String.join(", ", written));
        }
    }
}
