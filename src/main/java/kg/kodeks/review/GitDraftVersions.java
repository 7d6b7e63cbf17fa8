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
import kg.kodeks.corpus.ActFile;
import kg.kodeks.corpus.ActReader;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Act;
import kg.kodeks.model.Language;
import kg.kodeks.workspace.AtomicFiles;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The drafts repository read and written with JGit directly: tags are versions, the draft of
 * the Code is {@code code.<lang>.md} at the repository root, read with the corpus reader.
 */
public final class GitDraftVersions implements DraftVersions, AutoCloseable {
    /** Source notes ({@code <!-- source: … -->}) are for the concordance, not part of the text. */
    private static final java.util.regex.Pattern HTML_COMMENT = java.util.regex.Pattern.compile("<!--.*?-->", java.util.regex.Pattern.DOTALL);
    private final Path root;
    private final Git git;

    private GitDraftVersions(Path root, Git git) {
        this.root = root;
        this.git = git;
    }

    /** Opens the repository at {@code root} (the workspace's {@code drafts/}). */
    public static GitDraftVersions open(Path root) throws KodeksException {
        if (!Files.isDirectory(root.resolve(".git"))) {
            throw new KodeksException(ReviewService.BUNDLE, "drafts.notRepository", root.toString());
        }
        try {
            return new GitDraftVersions(root, Git.open(root.toFile()));
        } catch (IOException e) {
            throw new KodeksException(e, ReviewService.BUNDLE, "drafts.io", root.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** The file name of the draft in one language. */
    static String draftFile(Language language) {
        return "code." + language.code() + ".md";
    }

    @Override
    public List<Version> versions() throws KodeksException {
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            List<Version> out = new ArrayList<>();
            List<RevCommit> commits = new ArrayList<>();
            for (Ref ref : git.tagList().call()) {
                RevCommit commit = walk.parseCommit(ref.getObjectId());
                out.add(new Version(Repository.shortenRefName(ref.getName()), commit.name()));
                commits.add(commit);
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> Integer.compare(commits.get(a).getCommitTime(), commits.get(b).getCommitTime()));
            return order.stream().map(out::get).toList();
        } catch (IOException | GitAPIException e) {
            throw failure(e);
        }
    }

    @Override
    public String resolve(String revision) throws KodeksException {
        try {
            ObjectId id = revision == null || revision.isBlank() ? null
                    : git.getRepository().resolve(revision.trim() + "^{commit}");
            if (id == null) {
                throw new KodeksException(ReviewService.BUNDLE, "version.unknown", String.valueOf(revision));
            }
            return id.name();
        } catch (IOException | org.eclipse.jgit.errors.RevisionSyntaxException e) {
            throw new KodeksException(e, ReviewService.BUNDLE, "version.unknown", String.valueOf(revision));
        }
    }

    @Override
    public String newest() throws KodeksException {
        return resolve("HEAD");
    }

    @Override
    public Optional<Act> draft(String commit, Language language) throws KodeksException {
        Repository repo = git.getRepository();
        String file = draftFile(language);
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit c = walk.parseCommit(ObjectId.fromString(commit));
            try (TreeWalk tree = TreeWalk.forPath(repo, file, c.getTree())) {
                if (tree == null) {
                    return Optional.empty();
                }
                String text = HTML_COMMENT.matcher(new String(repo.open(tree.getObjectId(0)).getBytes(),
                        StandardCharsets.UTF_8)).replaceAll("");
                ActFile parsed = ActReader.parse(root.resolve(file), file + "@" + commit.substring(0, 7), text);
                if (parsed.act() == null) {
                    String first = parsed.problems().isEmpty() ? "" : parsed.problems().get(0).message();
                    throw new KodeksException(ReviewService.BUNDLE, "draft.unreadable", file, commit.substring(0, 7), first);
                }
                return Optional.of(parsed.act());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw failure(e);
        }
    }

    @Override
    public void commit(Map<String, String> files, String message) throws KodeksException {
        Map<Path, byte[]> previous = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, String> e : files.entrySet()) {
                Path target = inside(e.getKey());
                previous.put(target, Files.exists(target) ? Files.readAllBytes(target) : null);
            }
            for (Map.Entry<String, String> e : files.entrySet()) {
                AtomicFiles.writeString(inside(e.getKey()), e.getValue());
            }
            var add = git.add();
            files.keySet().forEach(add::addFilepattern);
            add.call();
            git.commit().setMessage(message).setSign(false).setAllowEmpty(false).call();
        } catch (IOException | GitAPIException | RuntimeException e) {
            restore(previous);
            throw failure(e);
        }
    }

    /** Puts back what the files held before a failed commit (best effort; the index is reset too). */
    private void restore(Map<Path, byte[]> previous) {
        for (Map.Entry<Path, byte[]> e : previous.entrySet()) {
            try {
                if (e.getValue() == null) {
                    Files.deleteIfExists(e.getKey());
                } else {
                    AtomicFiles.write(e.getKey(), e.getValue());
                }
            } catch (IOException ignored) {
                // The first failure is the one reported; this one would only hide it.
            }
        }
        try {
            git.reset().call();
        } catch (GitAPIException ignored) {
            // As above.
        }
    }

    @Override
    public Optional<String> read(String path) throws KodeksException {
        Path file = inside(path);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
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
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private Path inside(String relative) throws KodeksException {
        Path resolved = root.resolve(relative).normalize();
        if (!resolved.startsWith(root) || resolved.startsWith(root.resolve(".git"))) {
            throw new KodeksException(ReviewService.BUNDLE, "drafts.outside", relative);
        }
        return resolved;
    }

    private KodeksException failure(Exception e) {
        return new KodeksException(e, ReviewService.BUNDLE, "drafts.io", root.toString(), String.valueOf(e.getMessage()));
    }

    @Override
    public void close() {
        git.close();
    }
}
