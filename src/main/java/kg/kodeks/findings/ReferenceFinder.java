package kg.kodeks.findings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kg.kodeks.model.Act;
import kg.kodeks.model.ActStatus;
import kg.kodeks.model.Corpus;
import kg.kodeks.model.Language;
import kg.kodeks.model.Unit;

/**
 * Citations that point nowhere valid: to a unit the cited act does not have, to a repealed
 * unit, or to a repealed act. Acts cited by a title the corpus does not hold are not judged.
 */
final class ReferenceFinder {

    /** «Признать утратившим силу Закон …», «… Мыйзамы күчүн жоготту деп таанылсын». */
    private static final java.util.regex.Pattern REPEAL_CLAUSE =
            java.util.regex.Pattern.compile("(?iu)утратившим\\s+силу|утратившими\\s+силу|күчүн\\s+жоготту\\s+деп");

    /** Where a citation leads: the act, and the units of it (none when the act itself is cited). */
    record Target(Act act, List<String> eids) {}

    List<Finding> find(Corpus corpus, List<NormFacts> norms) {
        List<Finding> out = new ArrayList<>();
        for (NormFacts n : norms) {
            if (n.norm.repealed()) {
                continue;
            }
            Map<String, List<Evidence>> bySubtype = new LinkedHashMap<>();
            Map<String, List<String>> cited = new LinkedHashMap<>();
            for (Reference r : n.references) {
                Optional<Target> target = resolve(corpus, n, r);
                if (target.isEmpty()) {
                    continue;
                }
                Act act = target.get().act();
                String problem = null;
                String value = "";
                if (r.scope() == Reference.Scope.TITLED
                        && act.meta().status() == ActStatus.REPEALED
                        && !REPEAL_CLAUSE.matcher(n.text).find()) {
                    problem = "repealed-act";
                    value = act.meta().work().uri();
                } else if (r.scope() == Reference.Scope.TITLED && act.meta().status() == ActStatus.REPEALED) {
                    continue; // the clause that repeals the act names it; that is no dangling citation
                } else {
                    for (String eid : target.get().eids()) {
                        List<Unit> path = act.pathTo(eid);
                        if (path.isEmpty()) {
                            problem = "missing-unit";
                            value = eid;
                            break;
                        }
                        if (path.stream().anyMatch(Unit::repealed)) {
                            problem = problem == null ? "repealed-unit" : problem;
                            value = eid;
                        }
                    }
                }
                if (problem != null) {
                    bySubtype
                            .computeIfAbsent(problem, k -> new ArrayList<>())
                            .add(Evidence.of(0, n.text, r.start(), r.end(), value));
                    cited.computeIfAbsent(problem, k -> new ArrayList<>()).add(n.text.substring(r.start(), r.end()));
                }
            }
            for (Map.Entry<String, List<Evidence>> e : bySubtype.entrySet()) {
                String severity = e.getKey().equals("missing-unit") ? Finding.HIGH : Finding.MEDIUM;
                Explanation explanation = Explain.of(
                        "explain.reference." + e.getKey(),
                        n.norm.citation(),
                        "«" + String.join("», «", cited.get(e.getKey())) + "»");
                out.add(Finding.of(
                        FindingType.REFERENCE, e.getKey(), severity, List.of(n.unit), e.getValue(), explanation));
            }
        }
        return out;
    }

    /** The act and units a citation leads to, or empty when the act is not in the corpus. */
    static Optional<Target> resolve(Corpus corpus, NormFacts n, Reference r) {
        Act own = corpus.act(n.norm.act().work(), n.language).orElse(null);
        return switch (r.scope()) {
            case SAME_ACT -> Optional.ofNullable(own).map(a -> new Target(a, r.targets()));
            case SAME_ARTICLE -> {
                Unit article = n.norm.article();
                if (own == null || article == null) {
                    yield Optional.empty();
                }
                yield Optional.of(new Target(
                        own,
                        r.targets().stream()
                                .map(t -> article.shortEid() + "__" + t)
                                .toList()));
            }
            case TITLED ->
                byTitle(corpus, n.language, r.title())
                        .or(() -> throughParallel(corpus, n, r))
                        .map(a -> new Target(a, r.targets()));
        };
    }

    /**
     * An act cited by a title the corpus has only in the other language: the parallel norm cites
     * acts in the same order, so the n-th title here is the n-th title there.
     */
    private static Optional<Act> throughParallel(Corpus corpus, NormFacts n, Reference r) {
        List<Reference> titled = n.references.stream()
                .filter(x -> x.scope() == Reference.Scope.TITLED)
                .toList();
        int index = titled.indexOf(r);
        Language other = n.language.other();
        return corpus.norm(new kg.kodeks.model.UnitRef(n.norm.act().work(), other, n.norm.eid()))
                .map(p -> References.find(p.fullText()).stream()
                        .filter(x -> x.scope() == Reference.Scope.TITLED)
                        .toList())
                .filter(list -> list.size() == titled.size() && index >= 0)
                .flatMap(list -> byTitle(corpus, other, list.get(index).title()));
    }

    static Optional<Act> byTitle(Corpus corpus, Language language, String title) {
        String wanted = normalTitle(title);
        return corpus.acts().stream()
                .filter(a -> a.meta().language() == language
                        && normalTitle(a.meta().title()).equals(wanted))
                .findFirst();
    }

    static String normalTitle(String title) {
        String t = title.toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("[«»\"“”]", " ")
                .replaceAll("\\s+", " ")
                .trim();
        return t.endsWith(" жөнүндө") ? t.substring(0, t.length() - " жөнүндө".length()) : t;
    }
}
