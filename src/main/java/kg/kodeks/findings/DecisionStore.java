package kg.kodeks.findings;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kg.kodeks.error.KodeksException;
import kg.kodeks.workspace.AtomicFiles;

/**
 * The experts' decisions, kept as a readable YAML file in the drafts folder so the group shares
 * them through the drafts repository. A decision remembers the finding's id and, for every unit,
 * its address and a hash of its text: when the same units are found again it is attached again,
 * and when the units moved (renumbered) but their texts are the same it still finds them. When
 * the texts changed it is attached as stale, so the expert looks again.
 */
public final class DecisionStore {
    /** The file inside the drafts folder. */
    public static final String FILE = "findings/decisions.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** One unit as the decision saw it. */
    public record UnitKey(String address, String textHash) {}

    /** One stored decision. */
    public record Entry(
            String id,
            String type,
            String subtype,
            String status,
            String reason,
            String by,
            String at,
            List<UnitKey> units) {
        public Entry {
            units = List.copyOf(units == null ? List.of() : units);
        }

        Decision decision() {
            return new Decision(status, reason, by, at, false);
        }
    }

    /** The file's shape. */
    public record File(String comment, List<Entry> decisions) {
        public File {
            decisions = List.copyOf(decisions == null ? List.of() : decisions);
        }
    }

    private final Path path;

    public DecisionStore(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** The stored decisions; none when the file does not exist yet. */
    public List<Entry> read() throws KodeksException {
        if (!Files.isRegularFile(path)) {
            return List.of();
        }
        try {
            File file = YAML.readValue(path.toFile(), File.class);
            return file == null ? List.of() : file.decisions();
        } catch (IOException e) {
            throw new KodeksException(
                    e,
                    Explain.BUNDLE,
                    "findings.badDecisions",
                    path.toString(),
                    String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    /** Adds or replaces the decision on one finding and writes the file atomically. */
    public Entry record(Finding finding, String status, String reason, String by, String at) throws KodeksException {
        List<UnitKey> keys = finding.units().stream()
                .map(u -> new UnitKey(u.address(), textHash(u.text())))
                .toList();
        Entry entry = new Entry(finding.id(), finding.type(), finding.subtype(), status, reason, by, at, keys);
        List<Entry> all = new ArrayList<>(read());
        all.removeIf(e -> e.id().equals(finding.id()));
        all.add(entry);
        try {
            AtomicFiles.writeString(
                    path,
                    YAML.writeValueAsString(new File(
                            "Decisions of the working group on findings; written by kodeks findings decide", all)));
        } catch (IOException e) {
            throw new KodeksException(e, Explain.BUNDLE, "findings.writeFailed", path.toString(), e.getMessage());
        }
        return entry;
    }

    /** The findings with the decisions that belong to them attached. */
    public static List<Finding> attach(List<Finding> findings, List<Entry> entries) {
        Map<String, Entry> byId =
                entries.stream().collect(Collectors.toMap(Entry::id, Function.identity(), (a, b) -> b));
        Map<String, Entry> byTexts =
                entries.stream().collect(Collectors.toMap(DecisionStore::textKey, Function.identity(), (a, b) -> b));
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            String texts = textKey(
                    f.type(),
                    f.subtype(),
                    f.units().stream().map(u -> textHash(u.text())).toList());
            Entry same = byId.get(f.id());
            if (same != null) {
                boolean unchanged = textKey(same).equals(texts);
                out.add(f.withDecision(
                        unchanged ? same.decision() : same.decision().asStale()));
            } else if (byTexts.containsKey(texts)) {
                out.add(f.withDecision(byTexts.get(texts).decision()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static String textKey(Entry e) {
        return textKey(
                e.type(), e.subtype(), e.units().stream().map(UnitKey::textHash).toList());
    }

    private static String textKey(String type, String subtype, List<String> hashes) {
        return type + "|" + subtype + "|" + hashes.stream().sorted().collect(Collectors.joining(","));
    }

    /** A hash of a unit's text, blind to spacing, so reflowing a line does not count as an edit. */
    static String textHash(String text) {
        return Finding.hash(text.replaceAll("\\s+", " ").trim()).substring(0, 16);
    }
}
