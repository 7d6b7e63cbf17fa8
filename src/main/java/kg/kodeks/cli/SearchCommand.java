package kg.kodeks.cli;

import java.util.List;
import java.util.Map;
import kg.kodeks.Workbench;
import kg.kodeks.search.SearchHit;
import kg.kodeks.search.SearchRequest;
import kg.kodeks.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kodeks search QUERY}: norms matching the query, grouped by act. */
@Command(
        name = "search",
        description = "Search the norms of the corpus in Kyrgyz or Russian (plain words or Lucene syntax).")
final class SearchCommand extends BaseCommand {
    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words, \"phrases\", prefix*, fuzzy~, AND/OR/NOT.")
    List<String> words;

    @Option(
            names = "--act",
            paramLabel = "ID",
            description = "Only this act (work URI, or expression URI with /kir or /rus).")
    String act;

    @Option(
            names = "--status",
            paramLabel = "in-force|repealed",
            description = "Only norms in force, or only repealed ones.")
    String status;

    @Option(names = "--year", paramLabel = "YYYY[-YYYY]", description = "Only acts of this year or range of years.")
    String year;

    @Option(names = "--articles", description = "Find whole articles instead of single norms.")
    boolean articles;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "10",
            description = "Hits per page (at most 100; default 10).")
    int limit;

    @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Page of hits (default 1).")
    int page;

    /** The JSON row of one hit. */
    record JsonHit(
            String eid,
            String act,
            String lang,
            String citation,
            String snippet,
            float score,
            SearchHit.Parallel parallel) {
        static JsonHit of(SearchHit hit) {
            return new JsonHit(
                    hit.eid(), hit.act(), hit.lang(), hit.citation(), hit.snippet(), hit.score(), hit.parallel());
        }
    }

    /** The JSON of a result: {@code {"total":N,"hits":[…]}}. */
    record JsonResult(long total, List<JsonHit> hits) {
        static JsonResult of(SearchResult result) {
            return new JsonResult(
                    result.total(), result.hits().stream().map(JsonHit::of).toList());
        }
    }

    @Override
    int run(Workbench workbench) throws Exception {
        Integer[] years = SearchRequest.parseYears(year);
        SearchRequest request = new SearchRequest(
                String.join(" ", words),
                global.language(),
                act,
                SearchRequest.parseStatus(status),
                years[0],
                years[1],
                articles,
                limit,
                page);
        SearchResult result = workbench
                .search()
                .withProgress(TerminalProgress.forTerminal(err()))
                .search(request);
        if (global.json()) {
            printJson(JsonResult.of(result));
        } else {
            printText(result, this);
        }
        return ExitCodes.OK;
    }

    /** Prints hits grouped by act, with citation, snippet and the parallel unit. */
    static void printText(SearchResult result, BaseCommand command) {
        command.out().println(command.text("search.header", result.total(), result.language(), result.page()));
        for (Map.Entry<String, List<SearchHit>> group : result.byAct().entrySet()) {
            SearchHit first = group.getValue().get(0);
            command.out().println();
            command.out()
                    .println("■ " + first.title() + "  (" + group.getKey() + ", " + first.date() + ", " + first.status()
                            + ")");
            for (SearchHit hit : group.getValue()) {
                command.out().printf("  %s  [%.2f]%n", hit.citation(), hit.score());
                command.out().println("    " + plain(hit.snippet()));
                command.out()
                        .println("    #" + hit.eid()
                                + (hit.parallel() == null
                                        ? ""
                                        : "  ↔ " + hit.parallel().lang() + "#"
                                                + hit.parallel().eid()));
            }
        }
        command.out().flush();
    }

    /** The snippet for a terminal: matches in brackets, HTML entities back to characters. */
    static String plain(String snippet) {
        return snippet.replace("<b>", "[")
                .replace("</b>", "]")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#x27;", "'")
                .replace("&#39;", "'")
                .replace("&#x2F;", "/")
                .replace("&amp;", "&")
                .replace('\n', ' ');
    }
}
