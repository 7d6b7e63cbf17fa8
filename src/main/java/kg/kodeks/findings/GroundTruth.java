package kg.kodeks.findings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.UnitRef;

/**
 * What a sample corpus deliberately contains (the format of
 * {@code src/test/resources/groundtruth/README.md}), read into one list of expected items.
 */
public final class GroundTruth {
    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * One expected finding.
     *
     * @param type the finding type
     * @param kind the conflict or reference kind, the parity kind when the units are one side only
     *     ({@code missing-unit}); empty when the type has no kinds
     * @param units normalised unit addresses ({@code <work>/<lang>#<short eid>})
     * @param note what was planted
     */
    public record Item(FindingType type, String kind, List<String> units, String note) {
        public Item {
            units = List.copyOf(units);
            kind = kind == null ? "" : kind;
        }
    }

    record Group(List<String> units, String unit, String kind, String note, String target) {}

    record FileShape(
            List<Group> duplicates,
            List<Group> conflicts,
            List<Group> references,
            List<Group> parity,
            List<Group> negatives) {}

    private GroundTruth() {}

    /** Reads ground truth files; every unit address is checked and normalised. */
    public static List<Item> read(List<Path> files) throws KodeksException {
        List<Item> out = new ArrayList<>();
        each(files, shape -> {
            add(out, FindingType.DUPLICATE, shape.duplicates());
            add(out, FindingType.CONFLICT, shape.conflicts());
            add(out, FindingType.REFERENCE, shape.references());
            add(out, FindingType.PARITY, shape.parity());
        });
        return out;
    }

    /**
     * The look-alikes of the files, each as its normalised unit addresses: units that must not be
     * reported together, or one unit whose citations are valid.
     */
    public static List<List<String>> negatives(List<Path> files) throws KodeksException {
        List<List<String>> out = new ArrayList<>();
        each(files, shape -> {
            if (shape.negatives() != null) {
                shape.negatives().forEach(g -> out.add(units(g)));
            }
        });
        return out;
    }

    private static void each(List<Path> files, java.util.function.Consumer<FileShape> reader) throws KodeksException {
        for (Path file : files) {
            try {
                reader.accept(YAML.readValue(file.toFile(), FileShape.class));
            } catch (IOException | IllegalArgumentException e) {
                throw new KodeksException(
                        e,
                        Explain.BUNDLE,
                        "findings.badGroundTruth",
                        file.toString(),
                        String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
        }
    }

    private static void add(List<Item> out, FindingType type, List<Group> groups) {
        if (groups == null) {
            return;
        }
        for (Group g : groups) {
            List<String> units = units(g);
            String kind = g.kind();
            if (type == FindingType.PARITY && units.size() == 1) {
                kind = "missing-unit";
            }
            out.add(new Item(type, kind == null ? "" : kind.toLowerCase(Locale.ROOT), units, g.note()));
        }
    }

    private static List<String> units(Group g) {
        List<String> units = new ArrayList<>();
        if (g.units() != null) {
            g.units().forEach(u -> units.add(normalise(u)));
        }
        if (g.unit() != null) {
            units.add(normalise(g.unit()));
        }
        return List.copyOf(units);
    }

    /** An address with the short element id, as findings write it. */
    static String normalise(String address) {
        UnitRef ref = UnitRef.parse(address);
        return ref.work().uri() + "/" + ref.language().code() + "#" + kg.kodeks.model.ElementIds.shortForm(ref.eid());
    }
}
