package kg.kodeks.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The acts of a workspace, every language version, ordered by work URI and language. */
public record Corpus(List<Act> acts) {

    public Corpus {
        acts = acts.stream()
                .sorted(Comparator.comparing((Act a) -> a.meta().work().uri())
                        .thenComparing(a -> a.meta().language()))
                .toList();
    }

    /** The language version of a work, if the corpus has it. */
    public Optional<Act> act(WorkId work, Language language) {
        return acts.stream()
                .filter(a -> a.meta().work().equals(work) && a.meta().language() == language)
                .findFirst();
    }

    /** The act with this expression URI ({@code …/101/rus}), or with this work URI in any language. */
    public Optional<Act> act(String uri) {
        return acts.stream()
                .filter(a -> a.meta().expression().equals(uri)
                        || a.meta().work().uri().equals(uri))
                .findFirst();
    }

    /** The other language version of the same work. */
    public Optional<Act> parallel(Act act) {
        return act(act.meta().work(), act.meta().language().other());
    }

    /** The norm or unit at this address, as a norm with its path. */
    public Optional<Norm> norm(UnitRef ref) {
        String eid = ref.eid();
        return act(ref.work(), ref.language())
                .flatMap(act -> act.norms().stream()
                        .filter(n -> n.eid().equals(eid) || n.unit().shortEid().equals(eid))
                        .findFirst()
                        .or(() -> {
                            List<Unit> path = act.pathTo(eid);
                            return path.isEmpty() ? Optional.empty() : Optional.of(new Norm(act.meta(), path, ""));
                        }));
    }

    /** Every norm of every act. */
    public List<Norm> norms() {
        return acts.stream().flatMap(a -> a.norms().stream()).toList();
    }

    public boolean isEmpty() {
        return acts.isEmpty();
    }
}
