package kg.kodeks.drafts;

import java.util.ArrayList;
import java.util.List;
import kg.kodeks.error.KodeksException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.TagOpt;

/**
 * Exchange with a shared repository: any Git server, a bare repository on disk, a
 * {@code git daemon}. The remote is a configured name ({@code origin}) or a URL. Pull fetches
 * the current branch and merges it like {@code draft merge}, so conflicts come per article.
 */
final class DraftRemote {
    private DraftRemote() {}

    /** A bare name must be a configured remote; anything else is taken as a URL or a path. */
    private static void requireRemote(DraftRepository repo, String remote) throws KodeksException {
        boolean name = remote.matches("[A-Za-z0-9._-]+") && !java.nio.file.Files.exists(java.nio.file.Path.of(remote));
        if (name && !repo.repository().getRemoteNames().contains(remote)) {
            throw new KodeksException(
                    DraftReader.BUNDLE, "remote.unknown", remote, repo.dir().toString());
        }
    }

    /** Pushes the current branch and the tags; returns one line per updated ref. */
    static List<String> push(DraftRepository repo, String remote) throws KodeksException {
        requireRemote(repo, remote);
        repo.checkLocks();
        String branch = repo.branch();
        List<String> lines = new ArrayList<>();
        try {
            Iterable<PushResult> results = repo.git()
                    .push()
                    .setRemote(remote)
                    .setRefSpecs(new RefSpec(Constants.R_HEADS + branch + ":" + Constants.R_HEADS + branch))
                    .setPushTags()
                    .call();
            for (PushResult result : results) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    RemoteRefUpdate.Status status = update.getStatus();
                    if (status != RemoteRefUpdate.Status.OK && status != RemoteRefUpdate.Status.UP_TO_DATE) {
                        throw new KodeksException(
                                DraftReader.BUNDLE,
                                "push.rejected",
                                update.getRemoteName(),
                                String.valueOf(status),
                                remote);
                    }
                    lines.add(update.getRemoteName() + " " + status);
                }
            }
            return lines;
        } catch (InvalidRemoteException e) {
            throw new KodeksException(
                    e, DraftReader.BUNDLE, "remote.unknown", remote, repo.dir().toString());
        } catch (GitAPIException | JGitInternalException e) {
            throw new KodeksException(e, DraftReader.BUNDLE, "remote.failed", remote, String.valueOf(e.getMessage()));
        }
    }

    /** Fetches the current branch of the remote and merges it. */
    static MergeReport pull(DraftRepository repo, String remote, PersonIdent author) throws KodeksException {
        requireRemote(repo, remote);
        repo.checkLocks();
        String branch = repo.branch();
        try {
            FetchResult fetched = repo.git()
                    .fetch()
                    .setRemote(remote)
                    .setRefSpecs(new RefSpec(Constants.R_HEADS + branch))
                    .setTagOpt(TagOpt.FETCH_TAGS)
                    .call();
            Ref ref = fetched.getAdvertisedRef(Constants.R_HEADS + branch);
            if (ref == null || ref.getObjectId() == null) {
                throw new KodeksException(DraftReader.BUNDLE, "pull.noBranch", remote, branch);
            }
            return DraftMerge.merge(repo, ref.getObjectId().name(), author);
        } catch (InvalidRemoteException e) {
            throw new KodeksException(
                    e, DraftReader.BUNDLE, "remote.unknown", remote, repo.dir().toString());
        } catch (GitAPIException | JGitInternalException e) {
            throw new KodeksException(e, DraftReader.BUNDLE, "remote.failed", remote, String.valueOf(e.getMessage()));
        }
    }
}
