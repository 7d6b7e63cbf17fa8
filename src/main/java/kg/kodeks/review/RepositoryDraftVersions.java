package kg.kodeks.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import kg.kodeks.drafts.CommitInfo;
import kg.kodeks.drafts.Draft;
import kg.kodeks.drafts.DraftRepository;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Act;
import kg.kodeks.model.Language;
import kg.kodeks.workspace.AtomicFiles;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * {@link DraftVersions} over the drafts repository of the {@code drafts} package: versions,
 * revisions and the parsed draft come from {@link DraftRepository}. Review files are committed
 * on their own ({@code git commit --only} of just those paths), so a drafter's unfinished edits
 * of the draft are never swept into a commit about a comment.
 */
public final class RepositoryDraftVersions implements DraftVersions, AutoCloseable {
    private final DraftRepository repository;
    private final boolean owned;
    private Git git;

    private RepositoryDraftVersions(DraftRepository repository, boolean owned) {
        this.repository = repository;
        this.owned = owned;
    }

    /** Works over a repository that someone else owns and closes (the workbench's drafts service). */
    public static RepositoryDraftVersions over(DraftRepository repository) {
        return new RepositoryDraftVersions(repository, false);
    }

    /** Opens the repository in {@code dir} and closes it with this object. */
    public static RepositoryDraftVersions open(Path dir) throws KodeksException {
        return new RepositoryDraftVersions(DraftRepository.open(dir), true);
    }

    private Path root() {
        return repository.dir().toAbsolutePath().normalize();
    }

    @Override
    public List<Version> versions() throws KodeksException {
        List<CommitInfo> log = new ArrayList<>(repository.log(0));
        java.util.Collections.reverse(log);
        List<Version> out = new ArrayList<>();
        for (CommitInfo commit : log) {
            for (String tag : commit.tags()) {
                out.add(new Version(tag, commit.id()));
            }
        }
        return out;
    }

    @Override
    public String resolve(String revision) throws KodeksException {
        if (revision == null || revision.isBlank()) {
            throw new KodeksException(ReviewService.BUNDLE, "version.unknown", String.valueOf(revision));
        }
        try {
            return repository.commit(revision.trim()).name();
        } catch (KodeksException e) {
            if ("rev.unknown".equals(e.key())) {
                throw new KodeksException(e, ReviewService.BUNDLE, "version.unknown", revision);
            }
            throw e;
        }
    }

    @Override
    public String newest() throws KodeksException {
        return repository.commit("HEAD").name();
    }

    @Override
    public Optional<Act> draft(String commit, Language language) throws KodeksException {
        Draft draft = repository.read(commit);
        if (draft.file(language).isPresent() && draft.act(language).isEmpty()) {
            String first =
                    draft.problems().isEmpty() ? "" : draft.problems().get(0).message();
            throw new KodeksException(
                    ReviewService.BUNDLE,
                    "draft.unreadable",
                    Draft.fileName(language),
                    commit.substring(0, Math.min(7, commit.length())),
                    first);
        }
        return draft.act(language);
    }

    @Override
    public void commit(Map<String, String> files, String message) throws KodeksException {
        repository.checkLocks();
        Map<Path, byte[]> previous = new LinkedHashMap<>();
        try {
            for (String path : files.keySet()) {
                Path target = inside(path);
                previous.put(target, Files.exists(target) ? Files.readAllBytes(target) : null);
            }
            for (Map.Entry<String, String> e : files.entrySet()) {
                AtomicFiles.writeString(inside(e.getKey()), e.getValue());
            }
            Git g = git();
            var add = g.add();
            files.keySet().forEach(add::addFilepattern);
            add.call();
            PersonIdent author = repository.authorOrDefault();
            CommitCommand commit = g.commit()
                    .setMessage(message)
                    .setAuthor(author)
                    .setCommitter(author)
                    .setSign(false);
            files.keySet().forEach(commit::setOnly);
            commit.call();
        } catch (IOException | GitAPIException | RuntimeException e) {
            restore(previous);
            throw failure(e);
        }
    }

    private Git git() throws IOException {
        if (git == null) {
            try {
                git = Git.open(root().toFile());
            } catch (RepositoryNotFoundException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        return git;
    }

    /** Puts back what the files held before a failed commit and unstages them. */
    private void restore(Map<Path, byte[]> previous) {
        for (Map.Entry<Path, byte[]> e : previous.entrySet()) {
            try {
                if (e.getValue() == null) {
                    Files.deleteIfExists(e.getKey());
                } else {
                    AtomicFiles.write(e.getKey(), e.getValue());
                }
                if (git != null) {
                    git.reset()
                            .addPath(root().relativize(e.getKey()).toString().replace('\\', '/'))
                            .call();
                }
            } catch (IOException | GitAPIException ignored) {
                // The first failure is the one reported; this one would only hide it.
            }
        }
    }

    @Override
    public Optional<String> read(String path) throws KodeksException {
        Path file = inside(path);
        try {
            return Files.isRegularFile(file)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public List<String> list(String folder) throws KodeksException {
        Path dir = inside(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root().relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private Path inside(String relative) throws KodeksException {
        Path resolved = root().resolve(relative).normalize();
        if (!resolved.startsWith(root()) || resolved.startsWith(root().resolve(".git"))) {
            throw new KodeksException(ReviewService.BUNDLE, "drafts.outside", relative);
        }
        return resolved;
    }

    private KodeksException failure(Exception e) {
        return new KodeksException(
                e, ReviewService.BUNDLE, "drafts.io", root().toString(), String.valueOf(e.getMessage()));
    }

    @Override
    public void close() {
        if (git != null) {
            git.close();
            git = null;
        }
        if (owned) {
            repository.close();
        }
    }
}
