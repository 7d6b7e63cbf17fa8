package kg.kodeks.cli;

import java.nio.file.Path;
import java.util.List;
import kg.kodeks.Workbench;
import kg.kodeks.corpus.CorpusReader;
import kg.kodeks.model.Act;
import kg.kodeks.workspace.AtomicFiles;

/** The steps of {@code kodeks demo}, one small class each. */
final class DemoSteps {
    private DemoSteps() {
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
            List<CorpusCommand.ActRow> acts = result.corpus().acts().stream().map(CorpusCommand.ActRow::of).toList();
            Path file = out.resolve("corpus.json");
            AtomicFiles.writeString(file, BaseCommand.json().writeValueAsString(acts));
            int articles = result.corpus().acts().stream().mapToInt(Act::articleCount).sum();
            int norms = result.corpus().acts().stream().mapToInt(a -> a.norms().size()).sum();
            return acts.size() + " acts, " + articles + " articles, " + norms + " norms, "
                    + result.problems().size() + " problems → " + file;
        }
    }

    /** Builds the search index and runs a few searches in both languages. */
    static final class Search implements DemoStep {
        /** Queries that show stemming in both languages and negation kept as meaning. */
        static final List<String> QUERIES = List.of("айыл кеңеши", "жергиликтүү бюджет", "орган местного самоуправления",
                "не вправе", "\"публичные слушания\"");

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
                kg.kodeks.search.SearchResult result = workbench.search()
                        .search(kg.kodeks.search.SearchRequest.of(query).withPage(3, 1));
                results.put(query, SearchCommand.JsonResult.of(result));
                hits += result.total();
                command.out().println("    «" + query + "» → " + result.total() + " (" + result.language() + ")");
                for (kg.kodeks.search.SearchHit hit : result.hits()) {
                    command.out().println("      " + hit.citation());
                    command.out().println("        " + SearchCommand.plain(hit.snippet()));
                }
            }
            Path file = out.resolve("search.json");
            AtomicFiles.writeString(file, BaseCommand.json().writeValueAsString(results));
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
            List<kg.kodeks.findings.Finding> findings = workbench.findings()
                    .list(java.util.EnumSet.noneOf(kg.kodeks.findings.FindingType.class));
            Path html = out.resolve("findings.html");
            Path json = out.resolve("findings.json");
            AtomicFiles.writeString(html, kg.kodeks.findings.FindingsReport.html(findings));
            AtomicFiles.writeString(json, kg.kodeks.findings.FindingsReport.json(findings));
            StringBuilder counts = new StringBuilder();
            kg.kodeks.findings.FindingsReport.counts(findings).forEach((type, n) ->
                    counts.append(counts.length() == 0 ? "" : ", ").append(type.code()).append(' ').append(n));
            return command.text("demo.findings", counts, html, json);
        }
    }
}
