package kg.kodeks.render.kinds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Language;

/**
 * The draft Code: the title block from the data and the body from the draft Markdown — the
 * {@code body} handed in with the data (a version from the drafts repository), else
 * {@code drafts/code.<lang>.md} when the workspace has a draft, else the file the data names in
 * {@code markdown} (a sample in {@code documents/}).
 */
public final class CodeData implements DataBuilder {
    @Override
    public Map<String, Object> build(Map<String, Object> raw, Language language, DataSource source)
            throws KodeksException {
        Map<String, Object> data = Fields.copy(raw);
        Fields.require(data, "title", source);
        Fields.period(data, language, source);
        data.put("toc", true);
        if (data.get("body") instanceof String given && !given.isBlank()) {
            return data;
        }
        Path draft = source.workspace().resolve("drafts").resolve("code." + language.code() + ".md");
        Path file = Files.isRegularFile(draft) ? draft : markdownNamed(data, source);
        try {
            data.put("body", Files.readString(file));
        } catch (IOException e) {
            throw new KodeksException(e, Fields.BUNDLE, "data.unreadable", file.toString(), e.getMessage());
        }
        data.put("toc", true);
        return data;
    }

    private static Path markdownNamed(Map<String, Object> data, DataSource source) throws KodeksException {
        String name = String.valueOf(Fields.require(data, "markdown", source));
        Path dir = source.file().toAbsolutePath().getParent();
        Path file = dir.resolve(name).normalize();
        if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
            throw new KodeksException(
                    Fields.BUNDLE, "data.badMarkdown", source.file().toString(), name);
        }
        return file;
    }
}
