package kg.kodeks;

import java.nio.file.Path;
import java.time.Clock;
import kg.kodeks.corpus.CorpusImport;
import kg.kodeks.corpus.CorpusReader;
import kg.kodeks.corpus.ImportOptions;
import kg.kodeks.corpus.ImportedAct;
import kg.kodeks.documents.WorkspaceDocuments;
import kg.kodeks.drafts.Drafts;
import kg.kodeks.drafts.SampleHistory;
import kg.kodeks.error.KodeksException;
import kg.kodeks.findings.Findings;
import kg.kodeks.findings.TermSource;
import kg.kodeks.render.Renderer;
import kg.kodeks.review.RepositoryDraftVersions;
import kg.kodeks.review.ReviewService;
import kg.kodeks.search.SearchIndex;
import kg.kodeks.search.SearchService;
import kg.kodeks.users.Users;
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
    private String corpusStamp;
    private Drafts drafts;
    private RepositoryDraftVersions draftVersions;
    private ReviewService review;
    private SearchService search;
    private Findings findings;
    private Renderer renderer;

    private Workbench(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Opens a workspace; nothing is read until a service needs it. */
    public static Workbench open(Workspace workspace) {
        return new Workbench(workspace);
    }

    /**
     * Makes a new workspace at {@code target} from the bundled sample and opens it; its
     * {@code drafts/} becomes a Git repository holding the sample history of the draft.
     */
    public static Workbench init(Workspace sample, Path target) throws KodeksException {
        Workspace created = WorkspaceInit.copySample(sample, target, copy -> {
            if (SampleHistory.available(sample.drafts())) {
                SampleHistory.build(sample.drafts(), copy.drafts());
            }
        });
        return open(created);
    }

    public Workspace workspace() {
        return workspace;
    }

    /**
     * The corpus as read from {@code corpus/}, with the problems of its files; read again when a
     * corpus file was added, removed or changed since (by this process or another: an import in
     * a terminal while the web server runs); search and findings follow the corpus read last.
     */
    public synchronized CorpusReader.Result corpus() {
        String stamp = CorpusReader.stamp(workspace.corpus());
        if (corpus == null || !stamp.equals(corpusStamp)) {
            corpus = CorpusReader.read(workspace.corpus());
            corpusStamp = stamp;
        }
        return corpus;
    }

    /** The users of the web workbench, from the workspace's {@code users.yaml}; read each time. */
    public Users users() throws KodeksException {
        return Users.load(workspace.root().resolve("users.yaml"));
    }

    /** The drafts service: the draft, its repository, comparisons, lint and coverage. */
    public synchronized Drafts drafts() {
        if (drafts == null) {
            drafts = new Drafts(workspace);
        }
        return drafts;
    }

    /**
     * Review rounds and comments, kept in the drafts repository; fails, naming the folder, when
     * {@code drafts/} is not a repository or the workspace is the bundled sample.
     */
    public synchronized ReviewService review() throws KodeksException {
        if (review == null) {
            draftVersions = RepositoryDraftVersions.over(drafts().repository());
            review = new ReviewService(workspace, draftVersions, Clock.systemDefaultZone());
        }
        return review;
    }

    /** The official documents service: templates, document kinds, Markdown to DOCX. */
    public synchronized Renderer render() {
        if (renderer == null) {
            renderer = new Renderer(workspace);
        }
        return renderer;
    }

    /**
     * Documents made from the workspace's work: the Code and comparative table of a draft version,
     * the comment form and summary table of a review round, the findings report, redlines.
     */
    public WorkspaceDocuments documents() {
        return new WorkspaceDocuments(render(), drafts(), () -> corpus().corpus(), this::review, this::findings);
    }

    /** Forgets what was read, so the next call reads the files again. */
    public synchronized void refresh() {
        corpus = null;
        if (search != null) {
            search.markStale();
        }
    }

    /**
     * Search over the corpus; its index lives in {@code .kodeks/index} and is brought up to date
     * before the first search.
     */
    public synchronized SearchService search() {
        if (search == null) {
            search = new SearchService(
                    new SearchIndex(workspace.cache().resolve("index"), workspace.corpus()), this::corpus);
        }
        return search;
    }

    /** Duplicates, conflicts, dangling references and language differences of the corpus, with decisions. */
    public synchronized Findings findings() {
        if (findings == null) {
            findings = new Findings(workspace, () -> corpus().corpus(), TermSource.standard());
        }
        return findings;
    }

    /**
     * Imports one exported file (plain text, DOCX, HTML, RTF) into {@code corpus/}; see
     * {@link CorpusImport#importFile}.
     */
    public ImportedAct importFile(Path file, ImportOptions options, String outName, boolean dryRun, boolean replace)
            throws KodeksException {
        ImportedAct imported =
                new CorpusImport(workspace, corpus()).importFile(file, options, outName, dryRun, replace);
        if (imported.written()) {
            refresh();
        }
        return imported;
    }

    @Override
    public synchronized void close() {
        if (draftVersions != null) {
            draftVersions.close();
            draftVersions = null;
            review = null;
        }
        if (drafts != null) {
            drafts.close();
            drafts = null;
        }
        if (search != null) {
            search.close();
            search = null;
        }
    }
}
