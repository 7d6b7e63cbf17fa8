package kg.kodeks.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kg.kodeks.error.KodeksException;
import kg.kodeks.error.Problem;
import kg.kodeks.workspace.AtomicFiles;
import kg.kodeks.workspace.Workspace;

/** Imports exported files into the corpus folder of a workspace. */
public final class CorpusImport {
    private static final String CORPUS_BUNDLE = StructureParser.BUNDLE;
    private final Workspace workspace;
    private final CorpusReader.Result corpus;

    /**
     * @param workspace where the corpus folder is
     * @param corpus the corpus as read now, to refuse a second file for an act it already holds
     */
    public CorpusImport(Workspace workspace, CorpusReader.Result corpus) {
        this.workspace = workspace;
        this.corpus = corpus;
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
            return imported.with(new Problem(
                            imported.file(),
                            0,
                            Problem.ERROR,
                            CORPUS_BUNDLE,
                            "import.write",
                            List.of(shown, String.valueOf(e.getMessage()))))
                    .withTarget(target, false);
        }
        return imported.withTarget(target, true);
    }

    /** Why the imported act may not go to {@code target}, or null when it may. */
    private Problem conflict(ImportedAct imported, Path target, String shown, boolean replace) {
        String expression = imported.act().meta().expression();
        for (ActFile existing : corpus.files()) {
            if (existing.ok()
                    && existing.act().meta().expression().equals(expression)
                    && !existing.path()
                            .toAbsolutePath()
                            .normalize()
                            .equals(target.toAbsolutePath().normalize())) {
                return new Problem(
                        imported.file(),
                        0,
                        Problem.ERROR,
                        CORPUS_BUNDLE,
                        "import.duplicate",
                        List.of(
                                workspace
                                        .root()
                                        .relativize(existing.path().toAbsolutePath())
                                        .toString(),
                                imported.act().meta().work().uri(),
                                imported.act().meta().language().code()));
            }
        }
        if (Files.exists(target) && !replace) {
            return new Problem(imported.file(), 0, Problem.ERROR, CORPUS_BUNDLE, "import.exists", List.of(shown));
        }
        return null;
    }
}
