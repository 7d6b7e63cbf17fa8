package kg.kodeks.workspace;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import kg.kodeks.error.KodeksException;

/**
 * Makes a new workspace from the bundled sample: its corpus, templates, document data and the
 * sample draft are copied; the index and outputs are not. The copy is made in a temporary
 * folder beside the target and moved into place at the end, so a failed init leaves nothing.
 */
public final class WorkspaceInit {
    /** The folders of the sample that a new workspace gets. */
    public static final List<String> COPIED = List.of("corpus", "templates", "documents", "drafts");

    private WorkspaceInit() {}

    /**
     * What a feature adds to a new workspace before it is moved into place (the drafts
     * repository, for one), so that a failure leaves no half-made workspace.
     */
    @FunctionalInterface
    public interface Finisher {
        /** Completes the new workspace, still in its temporary folder. */
        void finish(Workspace created) throws KodeksException, IOException;
    }

    /** Copies the sample into {@code target}, which must not exist or be empty. */
    public static Workspace copySample(Workspace sample, Path target) throws KodeksException {
        return copySample(sample, target, created -> {});
    }

    /** Copies the sample into {@code target} and lets {@code finisher} complete it before the move. */
    public static Workspace copySample(Workspace sample, Path target, Finisher finisher) throws KodeksException {
        Path dir = target.toAbsolutePath().normalize();
        if (Files.exists(dir) && !isEmptyDir(dir)) {
            throw new KodeksException(Workspace.BUNDLE, "workspace.exists", dir.toString());
        }
        Path temp = null;
        try {
            Files.createDirectories(dir.getParent());
            temp = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + ".");
            for (String folder : COPIED) {
                copyTree(sample.root().resolve(folder), temp.resolve(folder));
            }
            finisher.finish(new Workspace(temp, false));
            Files.deleteIfExists(dir);
            Files.move(temp, dir);
            temp = null;
            return new Workspace(dir, false);
        } catch (IOException e) {
            throw new KodeksException(
                    e, Workspace.BUNDLE, "workspace.copy", dir.toString(), String.valueOf(e.getMessage()));
        } finally {
            if (temp != null) {
                deleteTree(temp);
            }
        }
    }

    private static boolean isEmptyDir(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Copies a folder, skipping Git metadata and anything that is not a plain file or folder. */
    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            Files.createDirectories(to);
            return;
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.getFileName().toString().equals(".git")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Removes a folder and everything in it; used for temporary folders only. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort: a temporary folder left behind is harmless and named with a dot.
        }
    }
}
