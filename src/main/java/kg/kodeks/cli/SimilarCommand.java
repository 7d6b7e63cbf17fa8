package kg.kodeks.cli;

import kg.kodeks.Workbench;
import kg.kodeks.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kodeks similar ADDRESS}: norms whose wording is close to the given unit's. */
@Command(
        name = "similar",
        description = "Find norms similar to a unit, e.g. /akn/kg/act/law/2011-07-15/101/rus#art_12__para_2.")
final class SimilarCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "UNIT-ADDRESS", description = "<work uri>/<kir|rus>#<element id>")
    String address;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "How many norms (default 10).")
    int limit;

    @Override
    int run(Workbench workbench) throws Exception {
        SearchResult result = workbench
                .search()
                .withProgress(TerminalProgress.forTerminal(err()))
                .similar(address, limit);
        if (global.json()) {
            printJson(SearchCommand.JsonResult.of(result));
        } else {
            SearchCommand.printText(result, this);
        }
        return ExitCodes.OK;
    }
}
