package kg.kodeks.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import kg.kodeks.error.KodeksException;

/**
 * One working group's folder. The bundled sample at the root of the Kodeks checkout is a
 * workspace too, but a read-only one: commands that would write into it (a Git repository
 * nested in the project's own checkout, comments, decisions) refuse and point to
 * {@code kodeks init}.
 *
 * @param root the folder
 * @param bundledSample true for the sample shipped with Kodeks
 */
public record Workspace(Path root, boolean bundledSample) {
    static final String BUNDLE = "kg.kodeks.workspace.messages";

    public Workspace {
        root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    public Path corpus() {
        return root.resolve("corpus");
    }

    public Path templates() {
        return root.resolve("templates");
    }

    public Path drafts() {
        return root.resolve("drafts");
    }

    public Path documents() {
        return root.resolve("documents");
    }

    public Path out() {
        return root.resolve("out");
    }

    /** Index and caches: disposable, rebuilt from the rest. */
    public Path cache() {
        return root.resolve(".kodeks");
    }

    /**
     * Chooses the workspace: the folder given with {@code --workspace}; else the current folder
     * when it holds {@code corpus/}; else the bundled sample.
     *
     * @param given the folder named by the user, or null
     * @param current the current folder
     * @param bundled the root of the bundled sample (the Kodeks checkout), or null when unknown
     */
    public static Workspace choose(Path given, Path current, Path bundled) throws KodeksException {
        if (given != null) {
            if (!Files.isDirectory(given)) {
                throw new KodeksException(BUNDLE, "workspace.missing", given.toString());
            }
            return new Workspace(given, isSame(given, bundled));
        }
        if (Files.isDirectory(current.resolve("corpus"))) {
            return new Workspace(current, isSame(current, bundled));
        }
        if (bundled != null && Files.isDirectory(bundled.resolve("corpus"))) {
            return new Workspace(bundled, true);
        }
        throw new KodeksException(BUNDLE, "workspace.none", current.toString());
    }

    private static boolean isSame(Path a, Path b) {
        if (b == null) {
            return false;
        }
        try {
            return Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** Refuses to write into the bundled sample, naming the way out. */
    public void requireWritable(String what) throws KodeksException {
        if (bundledSample) {
            throw new KodeksException(BUNDLE, "workspace.readOnly", what, root.toString());
        }
    }

    /**
     * Resolves a path given by a user or a request inside the workspace, refusing anything that
     * leads outside it ({@code ..}, absolute paths elsewhere, links out).
     */
    public Path inside(String relative) throws KodeksException {
        Path resolved = root.resolve(relative).normalize();
        if (!resolved.startsWith(root)) {
            throw new KodeksException(BUNDLE, "workspace.outside", relative);
        }
        return resolved;
    }
}
