package kg.kodeks.drafts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Act;
import kg.kodeks.model.Language;
import kg.kodeks.model.Unit;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;

/**
 * Merges a revision into the current branch. Git merges the files line by line; when it cannot,
 * the merge is undone (the working copy was clean, so nothing is lost) and the conflict is
 * reported per article: which articles both sides changed since their common version.
 */
final class DraftMerge {
    private DraftMerge() {}

    static MergeReport merge(DraftRepository repo, String rev, PersonIdent author) throws KodeksException {
        repo.checkLocks();
        repo.requireClean();
        RevCommit ours = repo.head();
        RevCommit theirs = repo.commit(rev);
        try {
            MergeResult result = repo.git()
                    .merge()
                    .include(theirs)
                    .setCommit(false)
                    .setFastForward(MergeCommand.FastForwardMode.FF)
                    .call();
            switch (result.getMergeStatus()) {
                case ALREADY_UP_TO_DATE:
                    return new MergeReport(MergeReport.UP_TO_DATE, repo.info(ours), List.of(), List.of());
                case FAST_FORWARD:
                    return new MergeReport(MergeReport.FAST_FORWARD, repo.info(repo.head()), List.of(), List.of());
                case MERGED_NOT_COMMITTED:
                case MERGED:
                    CommitInfo merged = repo.commitFiles("Слияние " + rev + " в " + repo.branch(), author);
                    return new MergeReport(MergeReport.MERGED, merged, List.of(), List.of());
                case CONFLICTING:
                    List<String> files = result.getConflicts() == null
                            ? List.of()
                            : result.getConflicts().keySet().stream().sorted().toList();
                    undo(repo);
                    return new MergeReport(
                            MergeReport.CONFLICTING, repo.info(ours), conflicts(repo, ours, theirs), files);
                default:
                    undo(repo);
                    throw new KodeksException(
                            DraftReader.BUNDLE, "merge.failed", rev, String.valueOf(result.getMergeStatus()));
            }
        } catch (GitAPIException | JGitInternalException e) {
            throw repo.writeFailed(e);
        }
    }

    private static void undo(DraftRepository repo) throws KodeksException {
        try {
            repo.git().reset().setMode(ResetType.HARD).setRef(Constants.HEAD).call();
            repo.repository().writeMergeHeads(null);
            repo.repository().writeMergeCommitMsg(null);
        } catch (GitAPIException | IOException | JGitInternalException e) {
            throw repo.writeFailed(e);
        }
    }

    /** The articles of the common version that both sides changed differently. */
    static List<MergeReport.Conflict> conflicts(DraftRepository repo, RevCommit ours, RevCommit theirs)
            throws KodeksException {
        RevCommit base = mergeBase(repo, ours, theirs);
        List<MergeReport.Conflict> out = new ArrayList<>();
        if (base == null) {
            return out;
        }
        for (Language language : Language.values()) {
            Act b = act(repo, base, language);
            Act o = act(repo, ours, language);
            Act t = act(repo, theirs, language);
            if (b == null || o == null || t == null) {
                continue;
            }
            Map<Unit, Unit> oursOf = inverse(VersionDiff.matching(b, o));
            Map<Unit, Unit> theirsOf = inverse(VersionDiff.matching(b, t));
            for (Unit article : b.articles()) {
                String ourChange = change(article, oursOf.get(article));
                String theirChange = change(article, theirsOf.get(article));
                if (ourChange == null || theirChange == null) {
                    continue;
                }
                Unit o2 = oursOf.get(article);
                Unit t2 = theirsOf.get(article);
                boolean same =
                        o2 != null && t2 != null && VersionDiff.tokens(o2).equals(VersionDiff.tokens(t2));
                if (!same) {
                    out.add(new MergeReport.Conflict(
                            language.code(),
                            article.eid(),
                            article.number(),
                            article.heading(),
                            ourChange,
                            theirChange));
                }
            }
        }
        return out;
    }

    private static String change(Unit base, Unit now) {
        if (now == null) {
            return Change.REMOVED;
        }
        return VersionDiff.tokens(base).equals(VersionDiff.tokens(now)) ? null : Change.MODIFIED;
    }

    private static Map<Unit, Unit> inverse(VersionDiff.Matching matching) {
        Map<Unit, Unit> out = new IdentityHashMap<>();
        matching.newToOld().forEach((now, was) -> out.put(was, now));
        return out;
    }

    private static Act act(DraftRepository repo, RevCommit commit, Language language) throws KodeksException {
        DraftFile file = repo.file(commit, language);
        return file == null ? null : file.act();
    }

    private static RevCommit mergeBase(DraftRepository repo, RevCommit a, RevCommit b) throws KodeksException {
        try (RevWalk walk = new RevWalk(repo.repository())) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(a));
            walk.markStart(walk.parseCommit(b));
            return walk.next();
        } catch (IOException e) {
            throw repo.readFailed(e);
        }
    }
}
