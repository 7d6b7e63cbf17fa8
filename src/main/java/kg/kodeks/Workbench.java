package kg.kodeks;

import java.nio.file.Path;
import java.time.Clock;
import kg.kodeks.corpus.CorpusReader;
import kg.kodeks.error.KodeksException;
import kg.kodeks.review.GitDraftVersions;
import kg.kodeks.review.ReviewService;
import kg.kodeks.workspace.Workspace;
import kg.kodeks.workspace.WorkspaceInit;

/**
 * The facade over one workspace: the CLI and the web reach every service through it. It owns
 * what is expensive to open (the corpus, later the index and the drafts repository) and closes
 * it. Not thread-safe for writes; the web server serialises them.
 */
public final class Workbench implements AutoCloseable {
    private final Workspace workspace;
    private CorpusReader.Result corpus;
    private GitDraftVersions draftVersions;
    private ReviewService review;

    private Workbench(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Opens a workspace; nothing is read until a service needs it. */
    public static Workbench open(Workspace workspace) {
        return new Workbench(workspace);
    }

    /** Makes a new workspace at {@code target} from the bundled sample and opens it. */
    public static Workbench init(Workspace sample, Path target) throws KodeksException {
        Workspace created = WorkspaceInit.copySample(sample, target);
        return open(created);
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The corpus as read from {@code corpus/}, with the problems of its files; read once. */
    public synchronized CorpusReader.Result corpus() {
        if (corpus == null) {
            corpus = CorpusReader.read(workspace.corpus());
        }
        return corpus;
    }

    /**
     * Review rounds and comments, kept in the drafts repository; opens the repository on first
     * use and fails, naming the folder, when {@code drafts/} is not one.
     */
    public synchronized ReviewService review() throws KodeksException {
        if (review == null) {
            draftVersions = GitDraftVersions.open(workspace.drafts());
            review = new ReviewService(workspace, draftVersions, Clock.systemDefaultZone());
        }
        return review;
    }

    /** Forgets what was read, so the next call reads the files again. */
    public synchronized void refresh() {
        corpus = null;
    }

    @Override
    public synchronized void close() {
        if (draftVersions != null) {
            draftVersions.close();
            draftVersions = null;
            review = null;
        }
    }
}
