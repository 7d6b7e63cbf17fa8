package kg.kodeks.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kg.kodeks.error.Problem;
import kg.kodeks.model.Act;
import kg.kodeks.model.ActMeta;

/** Reads one act in the native corpus format: UTF-8 Markdown with YAML front matter. */
public final class ActReader {
    private ActReader() {}

    /** Reads a corpus file; problems name the file as given by {@code displayName}. */
    public static ActFile read(Path path, String displayName) {
        String text;
        try {
            text = decodeUtf8(Files.readAllBytes(path));
        } catch (CharacterCodingException e) {
            return failed(path, displayName, "file.encoding");
        } catch (IOException e) {
            return failed(path, displayName, "file.read", String.valueOf(e.getMessage()));
        }
        return parse(path, displayName, text);
    }

    /** Parses the text of a corpus file. */
    public static ActFile parse(Path path, String displayName, String text) {
        List<String> rawLines = List.of(stripBom(text).split("\\r\\n|\\r|\\n", -1));
        FrontMatter.Parsed parsed = FrontMatter.split(displayName, rawLines);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        if (parsed.frontMatter() == null) {
            return new ActFile(path, null, problems);
        }
        ActMeta meta = parsed.frontMatter().actMeta(displayName, problems);
        StructureParser.Body body = StructureParser.parse(displayName, parsed.body());
        problems.addAll(body.problems());
        if (meta == null || body.hasErrors()) {
            return new ActFile(path, null, problems);
        }
        Act act = new Act(meta, body.preamble(), body.units());
        if (act.articleCount() == 0) {
            problems.add(FrontMatter.error(displayName, parsed.frontMatter().bodyStart(), "file.empty"));
            return new ActFile(path, null, problems);
        }
        return new ActFile(path, act, problems);
    }

    static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static ActFile failed(Path path, String displayName, String key, String... args) {
        return new ActFile(path, null, List.of(FrontMatter.error(displayName, 0, key, args)));
    }
}
