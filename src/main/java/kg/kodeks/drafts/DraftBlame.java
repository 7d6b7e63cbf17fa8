package kg.kodeks.drafts;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Act;
import kg.kodeks.model.Language;
import kg.kodeks.model.Unit;
import kg.kodeks.model.UnitKind;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.blame.BlameResult;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** Who last changed each line of one article, as committed at HEAD. */
final class DraftBlame {
    private DraftBlame() {}

    static List<BlameLine> blame(DraftRepository repo, String article, Language language) throws KodeksException {
        RevCommit head = repo.head();
        String name = Draft.fileName(language);
        DraftFile file = head == null ? null : repo.file(head, language);
        Act act = file == null ? null : file.act();
        Unit unit = act == null ? null : ArticleHistory.find(act, article);
        if (unit == null) {
            throw new KodeksException(DraftReader.BUNDLE, "article.unknown", article, name);
        }
        int first = unit.line();
        int last = act.allUnits()
                        .filter(u -> u.kind().ordinal() <= UnitKind.ARTICLE.ordinal() && u.line() > first)
                        .mapToInt(Unit::line)
                        .min()
                        .orElse(Integer.MAX_VALUE)
                - 1;
        try {
            BlameResult result =
                    repo.git().blame().setFilePath(name).setStartCommit(head).call();
            if (result == null) {
                throw new KodeksException(DraftReader.BUNDLE, "article.unknown", article, name);
            }
            int size = result.getResultContents().size();
            List<BlameLine> lines = new ArrayList<>();
            for (int i = first - 1; i < Math.min(last, size); i++) {
                String text = result.getResultContents().getString(i);
                if (text.isBlank()) {
                    continue;
                }
                RevCommit commit = result.getSourceCommit(i);
                PersonIdent who = result.getSourceAuthor(i);
                String date = ZonedDateTime.ofInstant(who.getWhenAsInstant(), who.getZoneId())
                        .toOffsetDateTime()
                        .toString();
                lines.add(new BlameLine(i + 1, commit.getName().substring(0, 7), who.getName(), date, text));
            }
            return lines;
        } catch (GitAPIException | JGitInternalException e) {
            throw repo.readFailed(e);
        }
    }
}
