package kg.kodeks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kg.kodeks.corpus.ActFile;
import kg.kodeks.corpus.ActImporter;
import kg.kodeks.corpus.CorpusFileName;
import kg.kodeks.corpus.CorpusReader;
import kg.kodeks.corpus.ImportOptions;
import kg.kodeks.corpus.ImportedAct;
import kg.kodeks.error.KodeksException;
import kg.kodeks.users.Users;
import kg.kodeks.error.Problem;
import kg.kodeks.workspace.AtomicFiles;
import kg.kodeks.workspace.Workspace;
import kg.kodeks.workspace.WorkspaceInit;

/**
 * The facade over one workspace: the CLI and the web reach every service through it. It owns
 * what is expensive to open (the corpus, later the index and the drafts repository) and closes
 * it. Not thread-safe for writes; the web server serialises them.
 */
public final class Workbench implements AutoCloseable {
    private static final String CORPUS_BUNDLE = "kg.kodeks.corpus.messages";
    private final Workspace workspace;
    private CorpusReader.Result corpus;

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

    /** The users of the web workbench, from the workspace's {@code users.yaml}; read each time. */
    public Users users() throws KodeksException {
        return Users.load(workspace.root().resolve("users.yaml"));
    }

    /** Forgets what was read, so the next call reads the files again. */
    public synchronized void refresh() {
        corpus = null;
    }

    /**
     * Imports one exported file (plain text, DOCX, HTML, RTF) into {@code corpus/}. The file is
     * written atomically and only when the import succeeded; an existing corpus file is replaced
     * only with {@code replace}, and an act that another corpus file already holds is refused.
     * Problems with the file, and a failed write, come back in the result; only a read-only
     * workspace throws.
     *
     * @param file the exported file
     * @param options language and identity given by the user
     * @param outName the corpus file name without {@code .<lang>.md}, or null to derive it from the file name
     * @param dryRun true to check everything and write nothing
     * @param replace true to overwrite an existing corpus file of that name
     */
    public ImportedAct importFile(Path file, ImportOptions options, String outName, boolean dryRun, boolean replace)
            throws KodeksException {
        if (!dryRun) {
            workspace.requireWritable("kodeks import");
        }
        ImportedAct imported = ActImporter.read(file, file.toString(), options);
        if (!imported.ok()) {
            return imported;
        }
        String name = outName != null ? CorpusFileName.checked(outName) : imported.baseName();
        Path target = workspace.corpus().resolve(name + "." + options.language().code() + ".md");
        String shown = workspace.root().relativize(target).toString();
        Problem conflict = conflict(imported, target, shown, replace);
        if (conflict != null) {
            return imported.with(conflict).withTarget(target, false);
        }
        if (dryRun) {
            return imported.withTarget(target, false);
        }
        try {
            AtomicFiles.writeString(target, imported.markdown());
        } catch (IOException e) {
            return imported.with(new Problem(imported.file(), 0, Problem.ERROR, CORPUS_BUNDLE, "import.write",
                    List.of(shown, String.valueOf(e.getMessage())))).withTarget(target, false);
        }
        refresh();
        return imported.withTarget(target, true);
    }

    /** Why the imported act may not go to {@code target}, or null when it may. */
    private Problem conflict(ImportedAct imported, Path target, String shown, boolean replace) {
        String expression = imported.act().meta().expression();
        for (ActFile existing : corpus().files()) {
            if (existing.ok() && existing.act().meta().expression().equals(expression)
                    && !existing.path().toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
                return new Problem(imported.file(), 0, Problem.ERROR, CORPUS_BUNDLE, "import.duplicate",
                        List.of(workspace.root().relativize(existing.path().toAbsolutePath()).toString(),
                                imported.act().meta().work().uri(), imported.act().meta().language().code()));
            }
        }
        if (Files.exists(target) && !replace) {
            return new Problem(imported.file(), 0, Problem.ERROR, CORPUS_BUNDLE, "import.exists", List.of(shown));
        }
        return null;
    }

    @Override
    public void close() {
        // Nothing held open yet beyond memory; services that open files close them here.
    }
}
