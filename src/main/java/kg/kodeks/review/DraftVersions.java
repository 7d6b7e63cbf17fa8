package kg.kodeks.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Act;
import kg.kodeks.model.Language;

/**
 * What review needs from the drafts repository: its versions, the draft at a revision, and a way
 * to write files into it as one commit.
 */
public interface DraftVersions {

    /** A tagged version of the draft. */
    record Version(String name, String commit) {}

    /** The tagged versions, oldest first. */
    List<Version> versions() throws KodeksException;

    /**
     * The commit a tag or commit id (full or abbreviated) stands for.
     *
     * @throws KodeksException naming the revision when it is neither
     */
    String resolve(String revision) throws KodeksException;

    /** The newest committed revision (the head of the current branch). */
    String newest() throws KodeksException;

    /** The draft of the Code in one language at a commit; empty when that file is absent there. */
    Optional<Act> draft(String commit, Language language) throws KodeksException;

    /**
     * Writes the files (paths relative to the repository root, with {@code /}) and commits them
     * with the message. Either all are committed or, on failure, none is left changed.
     */
    void commit(Map<String, String> files, String message) throws KodeksException;

    /** Reads a file of the working tree of the repository, or empty when it is absent. */
    Optional<String> read(String path) throws KodeksException;

    /** The files of the working tree under a folder, relative to the repository root. */
    List<String> list(String folder) throws KodeksException;
}
