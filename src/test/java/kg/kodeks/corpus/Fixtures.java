package kg.kodeks.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The fixture acts under src/test/resources/corpus/acts and a temporary workspace made of them. */
public final class Fixtures {
    /** The good fixture acts, Russian and Kyrgyz versions of one small law. */
    public static final List<String> GOOD = List.of("lsg.rus.md", "lsg.kir.md");

    public static final String BROKEN = "broken.rus.md";

    private Fixtures() {}

    /** The text of a fixture act. */
    public static String act(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/corpus/acts/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes a workspace in {@code dir} whose corpus holds the named fixture acts. */
    public static Path workspace(Path dir, List<String> acts) throws IOException {
        Files.createDirectories(dir.resolve("corpus"));
        for (String name : acts) {
            Files.writeString(dir.resolve("corpus").resolve(name), act(name));
        }
        return dir;
    }
}
