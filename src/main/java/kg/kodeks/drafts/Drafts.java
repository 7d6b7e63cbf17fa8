package kg.kodeks.drafts;

import java.io.IOException;
import java.util.List;
import kg.kodeks.error.KodeksException;
import kg.kodeks.error.Problem;
import kg.kodeks.model.Corpus;
import kg.kodeks.model.Language;
import kg.kodeks.workspace.Workspace;
import kg.kodeks.workspace.WriteLock;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * The drafts service of one workspace: reading the draft, its repository, comparisons, history,
 * lint and the coverage ledger. The facade opens it and closes it; the repository is opened on
 * first use. Reading works on the bundled sample too; writing needs a working workspace.
 */
public final class Drafts implements AutoCloseable {
    private final Workspace workspace;
    private DraftRepository repository;

    public Drafts(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The draft as it stands in {@code drafts/} now. */
    public Draft working() throws KodeksException {
        try {
            return DraftReader.readFolder(workspace.drafts());
        } catch (IOException e) {
            throw new KodeksException(
                    e, DraftReader.BUNDLE, "repo.read", workspace.drafts().toString(), String.valueOf(e.getMessage()));
        }
    }

    /** True when {@code drafts/} is a Git repository. */
    public boolean hasRepository() {
        return DraftRepository.exists(workspace.drafts());
    }

    /** The drafts repository; refuses the bundled sample and a workspace without one. */
    public synchronized DraftRepository repository() throws KodeksException {
        if (repository == null) {
            workspace.requireWritable("the drafts repository");
            if (!hasRepository()) {
                throw new KodeksException(
                        DraftReader.BUNDLE, "repo.missing", workspace.drafts().toString());
            }
            repository = DraftRepository.open(workspace.drafts(), workspace.cache());
        }
        return repository;
    }

    /** Makes {@code drafts/} a repository with the sample history taken from the bundled sample. */
    public List<CommitInfo> init(Workspace bundledSample) throws KodeksException {
        workspace.requireWritable("the drafts repository");
        return SampleHistory.build(bundledSample.drafts(), workspace.drafts());
    }

    /** Compares two versions ({@code working} for the files as they are) in one language. */
    public Comparison diff(String from, String to, Language language) throws KodeksException {
        DraftRepository repo = repository();
        DraftFile older = fileOf(repo.read(from), from, language);
        DraftFile newer = fileOf(repo.read(to), to, language);
        return new Comparison(from, to, language.code(), VersionDiff.compare(older.act(), newer.act()));
    }

    private static DraftFile fileOf(Draft draft, String rev, Language language) throws KodeksException {
        DraftFile file = draft.file(language)
                .orElseThrow(
                        () -> new KodeksException(DraftReader.BUNDLE, "draft.noFile", Draft.fileName(language), rev));
        if (!file.ok()) {
            Problem first = file.problems().stream()
                    .filter(Problem::isError)
                    .findFirst()
                    .orElseThrow();
            throw new KodeksException(
                    DraftReader.BUNDLE, "draft.unreadable", rev, first.describe(java.util.Locale.ENGLISH));
        }
        return file;
    }

    /** The commit and its changes against its first parent. */
    public Comparison show(String rev, Language language) throws KodeksException {
        DraftRepository repo = repository();
        var commit = repo.commit(rev);
        if (commit.getParentCount() == 0) {
            DraftFile file = fileOf(repo.read(commit), rev, language);
            List<Change> added = VersionDiff.articles(file.act()).stream()
                    .map(a -> new Change(
                            Change.ADDED,
                            Change.ARTICLE,
                            a.unit().eid(),
                            null,
                            a.unit().number(),
                            null,
                            a.unit().heading(),
                            List.of()))
                    .toList();
            return new Comparison("", rev, language.code(), added);
        }
        return diff(commit.getParent(0).getName(), commit.getName(), language);
    }

    public List<HistoryEntry> history(String article, Language language) throws KodeksException {
        return ArticleHistory.follow(repository(), article, language);
    }

    public List<BlameLine> blame(String article, Language language) throws KodeksException {
        return DraftBlame.blame(repository(), article, language);
    }

    public MergeReport merge(String rev, PersonIdent author) throws KodeksException {
        DraftRepository repo = repository();
        // A merge writes the working copy and a commit: one writer at a time, as for commits.
        try (WriteLock lock = repo.writeLock()) {
            return DraftMerge.merge(repo, rev, author);
        }
    }

    public List<String> push(String remote) throws KodeksException {
        return DraftRemote.push(repository(), remote);
    }

    public MergeReport pull(String remote, PersonIdent author) throws KodeksException {
        DraftRepository repo = repository();
        try (WriteLock lock = repo.writeLock()) {
            return DraftRemote.pull(repo, remote, author);
        }
    }

    /** The article-level changes in the working copy since the last commit. */
    public Comparison uncommitted(Language language) throws KodeksException {
        return diff("HEAD", DraftRepository.WORKING, language);
    }

    /** The problems of the working draft. */
    public List<Problem> lint(Corpus corpus) throws KodeksException {
        return DraftLint.lint(working(), corpus);
    }

    /** The consolidation ledger of the working draft in one language. */
    public Coverage.Report coverage(Corpus corpus, Language language) throws KodeksException {
        DraftFile file = working().file(language).orElse(null);
        return Coverage.of(file, corpus, language);
    }

    @Override
    public synchronized void close() {
        if (repository != null) {
            repository.close();
            repository = null;
        }
    }
}
