package kg.kodeks;

import java.nio.file.Path;
import kg.kodeks.corpus.CorpusReader;
import kg.kodeks.error.KodeksException;
import kg.kodeks.render.Renderer;
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
    private Renderer renderer;

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

    /** The official documents service: templates, document kinds, Markdown to DOCX. */
    public synchronized Renderer render() {
        if (renderer == null) {
            renderer = new Renderer(workspace);
        }
        return renderer;
    }

    /** Forgets what was read, so the next call reads the files again. */
    public synchronized void refresh() {
        corpus = null;
    }

    @Override
    public void close() {
        // Nothing held open yet beyond memory; services that open files close them here.
    }
}
