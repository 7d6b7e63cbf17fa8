package kg.kodeks.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The figures of the reliability suites: each suite writes {@code target/reliability/<name>.json}
 * and {@link ReliabilityDoc} turns them into {@code docs/reliability.md}.
 */
final class Report {
    static final Path DIR = Path.of("target", "reliability");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Report() {}

    static void write(String name, Map<String, ?> figures) {
        try {
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve(name + ".json"), JSON.writeValueAsString(figures));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The figures written before under this name, or none. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> read(String name) {
        Path file = DIR.resolve(name + ".json");
        try {
            return Files.isRegularFile(file) ? JSON.readValue(file.toFile(), Map.class) : Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectMapper json() {
        return JSON;
    }
}
