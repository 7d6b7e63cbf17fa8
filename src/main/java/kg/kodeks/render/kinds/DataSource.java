package kg.kodeks.render.kinds;

import java.nio.file.Path;

/**
 * Where a document's data came from.
 *
 * @param file the data file, as shown in messages
 * @param workspace the workspace root, for files the data refers to (drafts, Markdown)
 */
public record DataSource(Path file, Path workspace) {}
