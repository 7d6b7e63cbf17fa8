package kg.kodeks.findings;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Corpus;
import kg.kodeks.model.Norm;
import kg.kodeks.workspace.Workspace;
import kg.kodeks.workspace.WriteLock;

/**
 * The findings service of one workspace: runs the detectors over the corpus, attaches the
 * experts' decisions, records new ones. The detectors run once per corpus read.
 */
public final class Findings {
    private final Workspace workspace;
    private final Supplier<Corpus> corpus;
    private final TermSource analysis;
    private Corpus detectedOn;
    private List<Finding> detected;

    public Findings(Workspace workspace, Supplier<Corpus> corpus, TermSource analysis) {
        this.workspace = workspace;
        this.corpus = corpus;
        this.analysis = analysis;
    }

    /** Every finding of the corpus, of the given types (all when empty), decisions attached. */
    public List<Finding> list(Set<FindingType> types) throws KodeksException {
        List<Finding> all = DecisionStore.attach(detect(), store().read());
        return all.stream()
                .filter(f -> types.isEmpty() || types.contains(f.findingType()))
                .toList();
    }

    /**
     * Records an expert's decision on a finding.
     *
     * @throws KodeksException when the workspace is the bundled sample, the id is unknown, the
     *     status is not one of the two, or the reason is missing
     */
    public Finding decide(String id, String status, String reason, String by) throws KodeksException {
        workspace.requireWritable("record a decision on a finding");
        String normalised = Decision.parseStatus(status);
        if (normalised == null) {
            throw new KodeksException(Explain.BUNDLE, "findings.badStatus", status);
        }
        if (reason == null || reason.isBlank()) {
            throw new KodeksException(Explain.BUNDLE, "findings.noReason");
        }
        Finding finding = detect().stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new KodeksException(Explain.BUNDLE, "findings.unknownId", id));
        String who = by == null || by.isBlank() ? System.getProperty("user.name", "") : by;
        DecisionStore.Entry entry;
        try (WriteLock lock = decisionsLock()) {
            entry = store().record(
                            finding,
                            normalised,
                            reason.trim(),
                            who,
                            Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        return finding.withDecision(entry.decision());
    }

    /**
     * Recording a decision reads the decisions file and writes it back whole; two processes
     * doing so at once would lose one decision, so they take turns on a lock in {@code .kodeks/}.
     */
    private WriteLock decisionsLock() throws KodeksException {
        try {
            Files.createDirectories(workspace.cache());
        } catch (IOException e) {
            throw new KodeksException(
                    e,
                    Explain.BUNDLE,
                    "findings.writeFailed",
                    workspace.cache().toString(),
                    String.valueOf(e.getMessage()));
        }
        return WriteLock.acquire(
                workspace.cache().resolve("findings-write"),
                workspace.drafts().resolve(DecisionStore.FILE).toString());
    }

    public DecisionStore store() {
        return new DecisionStore(workspace.drafts().resolve(DecisionStore.FILE));
    }

    private synchronized List<Finding> detect() {
        Corpus current = corpus.get();
        if (detected == null || detectedOn != current) {
            detected = detect(current, analysis);
            detectedOn = current;
        }
        return detected;
    }

    /** Runs every detector over a corpus; findings come sorted by type, then by their first unit. */
    public static List<Finding> detect(Corpus corpus, TermSource analysis) {
        List<NormFacts> facts = corpus.norms().parallelStream()
                .map((Norm n) -> new NormFacts(n, analysis))
                .toList();
        List<Finding> out = new ArrayList<>();
        ConflictFinder.Result conflicts = new ConflictFinder().find(facts);
        out.addAll(new DuplicateFinder(analysis).find(facts, conflicts.pairs()));
        out.addAll(conflicts.findings());
        out.addAll(new ReferenceFinder().find(corpus, facts));
        out.addAll(new ParityFinder().find(corpus));
        out.sort(Comparator.comparing(Finding::findingType)
                .thenComparing(f -> f.units().get(0).address())
                .thenComparing(Finding::subtype)
                .thenComparing(Finding::id));
        return List.copyOf(out);
    }
}
