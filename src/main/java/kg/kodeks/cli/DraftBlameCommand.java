package kg.kodeks.cli;

import kg.kodeks.Workbench;
import kg.kodeks.drafts.BlameLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code kodeks draft blame ARTICLE}: who last changed each line of an article. */
@Command(name = "blame", description = "Show who last changed each line of one article (as committed at HEAD).")
final class DraftBlameCommand extends DraftBase {
    @Parameters(index = "0", paramLabel = "ARTICLE", description = "The article: art_12 or 12.")
    String article;

    @Override
    int run(Workbench workbench) throws Exception {
        var lines = workbench.drafts().blame(article, language());
        if (global.json()) {
            printJson(lines);
            return ExitCodes.OK;
        }
        for (BlameLine l : lines) {
            out().printf(
                            "%s %s %-24s %4d  %s%n",
                            l.commit(), l.date().substring(0, 10), l.author(), l.line(), l.text());
        }
        return ExitCodes.OK;
    }
}
