package kg.kodeks.findings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kg.kodeks.model.Act;
import kg.kodeks.model.ActMeta;
import kg.kodeks.model.Corpus;
import kg.kodeks.model.Language;
import kg.kodeks.model.Unit;

/**
 * The Kyrgyz and Russian versions of one act, aligned by element id: units present on one side
 * only, and aligned units whose numbers, dates or citations differ («30 күн» against «10 дней»;
 * number words count as numbers).
 */
final class ParityFinder {

    /** One comparable item of a text: its normalised value and where it stands. */
    private record Item(String value, int start, int end) {}

    List<Finding> find(Corpus corpus) {
        List<Finding> out = new ArrayList<>();
        for (Act kir : corpus.acts()) {
            if (kir.meta().language() != Language.KIR) {
                continue;
            }
            Optional<Act> rus = corpus.parallel(kir);
            if (rus.isPresent()) {
                compare(corpus, kir, rus.get(), out);
            }
        }
        return out;
    }

    private void compare(Corpus corpus, Act kir, Act rus, List<Finding> out) {
        Map<String, Unit> kirUnits = byEid(kir);
        Map<String, Unit> rusUnits = byEid(rus);
        missing(kir, kirUnits, rusUnits, out);
        missing(rus, rusUnits, kirUnits, out);
        for (Map.Entry<String, Unit> e : kirUnits.entrySet()) {
            Unit k = e.getValue();
            Unit r = rusUnits.get(e.getKey());
            if (r == null || !k.hasText() || !r.hasText() || k.repealed() || r.repealed()) {
                continue;
            }
            List<Unit> kPath = kir.pathTo(k.eid());
            List<Unit> rPath = rus.pathTo(r.eid());
            FindingUnit ku = FindingUnit.of(kir.meta(), kPath, k.text());
            FindingUnit ru = FindingUnit.of(rus.meta(), rPath, r.text());
            differ("date", ku, ru, dates(k.text()), dates(r.text()), out);
            differ(
                    "reference",
                    ku,
                    ru,
                    references(corpus, kir.meta(), k.text()),
                    references(corpus, rus.meta(), r.text()),
                    out);
            differ("number", ku, ru, numbers(k.text()), numbers(r.text()), out);
        }
    }

    private static Map<String, Unit> byEid(Act act) {
        Map<String, Unit> out = new LinkedHashMap<>();
        act.allUnits().forEach(u -> out.put(u.eid(), u));
        return out;
    }

    /** Units of one side without a counterpart; only the outermost missing unit is reported. */
    private void missing(Act act, Map<String, Unit> own, Map<String, Unit> other, List<Finding> out) {
        for (Unit u : own.values()) {
            if (other.containsKey(u.eid())) {
                continue;
            }
            List<Unit> path = act.pathTo(u.eid());
            boolean parentMissing = path.size() > 1
                    && !other.containsKey(path.get(path.size() - 2).eid());
            if (parentMissing) {
                continue;
            }
            String text = u.hasText() ? u.text() : u.heading();
            FindingUnit unit = FindingUnit.of(act.meta(), path, text);
            Explanation explanation = Explain.localized("explain.parity.missing-unit", locale -> new Object[] {
                unit.citation(),
                Explain.word(locale, "lang." + act.meta().language().code())
            });
            out.add(Finding.of(
                    FindingType.PARITY,
                    "missing-unit",
                    Finding.HIGH,
                    List.of(unit),
                    text.isEmpty() ? List.of() : List.of(Evidence.of(0, text, 0, text.length(), "only here")),
                    explanation));
        }
    }

    private void differ(
            String subtype, FindingUnit kir, FindingUnit rus, List<Item> k, List<Item> r, List<Finding> out) {
        List<Item> onlyK = minus(k, r);
        List<Item> onlyR = minus(r, k);
        if (onlyK.isEmpty() && onlyR.isEmpty()) {
            return;
        }
        List<Evidence> evidence = new ArrayList<>();
        onlyK.forEach(i -> evidence.add(Evidence.of(0, kir.text(), i.start(), i.end(), i.value())));
        onlyR.forEach(i -> evidence.add(Evidence.of(1, rus.text(), i.start(), i.end(), i.value())));
        Explanation explanation = Explain.localized("explain.parity." + subtype, locale -> new Object[] {
            locale.getLanguage().equals("ky") ? kir.citation() : rus.citation(),
            describe(onlyK, kir.text(), locale),
            describe(onlyR, rus.text(), locale)
        });
        String severity = subtype.equals("reference") ? Finding.MEDIUM : Finding.HIGH;
        out.add(Finding.of(FindingType.PARITY, subtype, severity, List.of(kir, rus), evidence, explanation));
    }

    private static String describe(List<Item> items, String text, java.util.Locale locale) {
        if (items.isEmpty()) {
            return Explain.word(locale, "none");
        }
        return "«"
                + String.join(
                        "», «",
                        items.stream()
                                .map(i -> text.substring(i.start(), i.end()))
                                .toList()) + "»";
    }

    /** The items of {@code a} not matched by an item of {@code b} with the same value (as multisets). */
    private static List<Item> minus(List<Item> a, List<Item> b) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        b.forEach(i -> counts.merge(i.value(), 1, Integer::sum));
        List<Item> out = new ArrayList<>();
        for (Item i : a) {
            Integer c = counts.get(i.value());
            if (c == null || c == 0) {
                out.add(i);
            } else {
                counts.put(i.value(), c - 1);
            }
        }
        return out;
    }

    private static List<Item> dates(String text) {
        return map(Dates.find(text), d -> new Item(d.iso(), d.start(), d.end()));
    }

    private static List<Item> references(Corpus corpus, ActMeta meta, String text) {
        List<Item> out = new ArrayList<>();
        for (Reference r : References.find(text)) {
            String act = switch (r.scope()) {
                case SAME_ACT, SAME_ARTICLE -> "this";
                // Only acts held in both languages can be matched across the two texts.
                case TITLED ->
                    ReferenceFinder.byTitle(corpus, meta.language(), r.title())
                            .filter(a -> corpus.parallel(a).isPresent())
                            .map(a -> a.meta().work().uri())
                            .orElse(null);
            };
            if (act == null) {
                continue; // an act outside the corpus: its two titles cannot be matched
            }
            String scope = r.scope() == Reference.Scope.SAME_ARTICLE ? "article:" : "";
            List<String> targets = r.targets().isEmpty() ? List.of("") : r.targets();
            for (String t : targets) {
                out.add(new Item(act + "#" + scope + t, r.start(), r.end()));
            }
        }
        return out;
    }

    /** Quantities by normalised value, and the other numbers written in digits. */
    private static List<Item> numbers(String text) {
        List<Item> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (Quantity q : Quantities.find(text)) {
            out.add(new Item(q.describe(), q.start(), q.end()));
            taken.add(new int[] {q.start(), q.end()});
        }
        Dates.find(text).forEach(d -> taken.add(new int[] {d.start(), d.end()}));
        References.find(text).forEach(r -> taken.add(new int[] {r.start(), r.end()}));
        for (Token t : Token.of(text)) {
            boolean inside = taken.stream().anyMatch(s -> t.start() >= s[0] && t.end() <= s[1]);
            if (!inside && t.isNumber() && t.suffixAfterNumber().isEmpty()) {
                out.add(new Item(String.valueOf(t.leadingNumber()), t.start(), t.end()));
            }
        }
        return out;
    }

    private static <T> List<Item> map(Collection<T> in, Function<T, Item> f) {
        return in.stream().map(f).toList();
    }
}
