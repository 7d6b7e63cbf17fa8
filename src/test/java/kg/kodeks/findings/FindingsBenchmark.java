package kg.kodeks.findings;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import kg.kodeks.corpus.CorpusReader;
import kg.kodeks.model.Act;
import kg.kodeks.model.ActMeta;
import kg.kodeks.model.ActStatus;
import kg.kodeks.model.Corpus;
import kg.kodeks.model.Language;
import kg.kodeks.model.Norm;
import kg.kodeks.model.Unit;
import kg.kodeks.model.UnitKind;
import kg.kodeks.model.WorkId;
import kg.kodeks.workspace.AtomicFiles;

/**
 * The findings benchmarks, run by hand (not a unit test: it measures time):
 * {@code java -Xmx2g -XX:ActiveProcessorCount=2 -cp target/classes:target/test-classes:target/lib/*
 * kg.kodeks.findings.FindingsBenchmark [NORMS]}. Writes its figures to the {@code ## Findings}
 * section of docs/benchmarks.md.
 *
 * <ol>
 * <li>Mutation: norms of the sample corpus with their modality flipped, a number changed or the
 * acting body swapped, each added to the corpus in a new act; the share of mutants that the
 * conflict detector pairs with their source, per kind and language.
 * <li>Scale: duplicate detection (signatures, LSH, exact verification, clusters) over synthetic
 * norms; on a 20 000-norm sample of the same generator, the recall of LSH against exact
 * all-pairs Jaccard (an inverted index over shingles) for pairs at Jaccard ≥ 0.8.
 * </ol>
 */
public final class FindingsBenchmark {
    private static final long SEED = 42;

    private FindingsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int norms = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        StringBuilder report = new StringBuilder();
        report.append("## Findings\n\n").append(machine()).append('\n');
        report.append(mutation(CorpusReader.read(Path.of("corpus")).corpus()));
        if (norms > 0) {
            report.append(scale(norms));
        }
        System.out.print(report);
        writeSection(Path.of("docs/benchmarks.md"), report.toString());
    }

    // ---------------------------------------------------------------- mutation

    private record Mutant(String kind, Norm source, String text) {}

    static String mutation(Corpus corpus) {
        Map<String, List<Mutant>> byKind = new LinkedHashMap<>();
        for (String kind : List.of("modality", "number", "authority")) {
            byKind.put(kind, new ArrayList<>());
        }
        for (Norm n : corpus.norms()) {
            if (n.repealed() || n.text().length() < 40) {
                continue;
            }
            String text = n.fullText();
            // The modal word the detector reads: not the «укуктуу» of «ыйгарым укуктуу мамлекеттик орган».
            Modality.Marker m = Modality.strongest(Modality.all(text, Bodies.find(text)));
            if (m.modality() != Modality.NONE) {
                byKind.get("modality")
                        .add(new Mutant(
                                "modality", n, splice(text, m.start(), m.end(), flipped(m.modality(), n.language()))));
            }
            List<Quantity> qs = Quantities.find(text);
            String changed = qs.isEmpty() ? null : changedNumber(text, qs.get(0), n.language());
            if (changed != null) {
                byKind.get("number").add(new Mutant("number", n, changed));
            }
            Bodies.Mention actor = Bodies.actor(text, Bodies.find(text), m);
            // A prohibition gives no power, so swapping its addressee is no authority conflict.
            if (actor != null
                    && !actor.body().equals("local-government")
                    && !actor.body().equals("state-bodies")
                    && m.modality() != Modality.PROHIBITION
                    && actsItself(text, actor)
                    && nominative(text, actor)) {
                String swapped = splice(text, actor.start(), actor.end(), otherBody(actor.body(), n.language()));
                // A swap is only a swap when the old body is gone from the norm.
                if (Bodies.find(swapped).stream().noneMatch(b -> b.body().equals(actor.body()))) {
                    byKind.get("authority").add(new Mutant("authority", n, swapped));
                }
            }
        }
        StringBuilder out = new StringBuilder("### Mutation benchmark\n\n");
        out.append("Norms of the sample corpus (`corpus/`), each mutated once per kind that applies and added to the ")
                .append("corpus in a new act; found = a conflict of that kind between the mutant and its source. ")
                .append(
                        "Authority swaps replace a body named as the grammatical subject (nominative), not an officer of it ")
                .append("(«депутат кенеша», «кеңештин төрагасы») and not in a prohibition, which gives no power; ")
                .append(
                        "the sample corpus has fewer Kyrgyz norms of that shape, hence fewer than 100 Kyrgyz number and ")
                .append("authority mutations (over 100 per kind in both languages together).\n\n")
                .append("| kind | language | mutations | found | % |\n| --- | --- | ---: | ---: | ---: |\n");
        for (Map.Entry<String, List<Mutant>> e : byKind.entrySet()) {
            for (Language language : Language.values()) {
                List<Mutant> mutants = e.getValue().stream()
                        .filter(x -> x.source().language() == language)
                        .toList();
                int found = found(corpus, mutants, e.getKey());
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %d | %d | %.1f |%n",
                        e.getKey(),
                        language.code(),
                        mutants.size(),
                        found,
                        mutants.isEmpty() ? 0 : 100.0 * found / mutants.size()));
            }
        }
        return out.append('\n').toString();
    }

    /** Adds all mutants of one kind and language as one act, detects once, counts the mutants paired with their source. */
    private static int found(Corpus corpus, List<Mutant> mutants, String kind) {
        if (mutants.isEmpty()) {
            return 0;
        }
        Language language = mutants.get(0).source().language();
        ActMeta meta = new ActMeta(
                new WorkId("law", LocalDate.of(2099, 1, 1), "mutants"),
                language,
                "Mutants",
                ActStatus.IN_FORCE,
                "benchmark",
                List.of(),
                true);
        List<Unit> articles = new ArrayList<>();
        for (int i = 0; i < mutants.size(); i++) {
            articles.add(new Unit(
                    UnitKind.ARTICLE,
                    "art_" + (i + 1),
                    String.valueOf(i + 1),
                    "",
                    mutants.get(i).text(),
                    false,
                    List.of(),
                    0,
                    List.of()));
        }
        List<Act> acts = new ArrayList<>(corpus.acts());
        acts.add(new Act(meta, "", articles));
        List<Finding> findings = Findings.detect(new Corpus(acts), TermSource.standard());
        int found = 0;
        for (int i = 0; i < mutants.size(); i++) {
            String mutant = meta.work().uri() + "/" + language.code() + "#art_" + (i + 1);
            String source = mutants.get(i).source().act().work().uri() + "/" + language.code() + "#"
                    + mutants.get(i).source().unit().shortEid();
            boolean hit = findings.stream()
                    .anyMatch(f -> f.type().equals("conflict")
                            && f.subtype().equals(kind)
                            && f.units().stream().anyMatch(u -> u.address().equals(mutant))
                            && f.units().stream().anyMatch(u -> u.address().equals(source)));
            found += hit ? 1 : 0;
            if (!hit && Boolean.getBoolean("findings.misses")) {
                System.out.println("MISS " + kind + " " + source + "\n  "
                        + mutants.get(i).source().fullText() + "\n  "
                        + mutants.get(i).text());
            }
        }
        return found;
    }

    private static final java.util.Set<String> NOMINATIVE = java.util.Set.of(
            "кенеш",
            "окмоту",
            "аким",
            "мэрия",
            "мэр",
            "администрация",
            "министерство",
            "правительство",
            "кеңеш",
            "кеңеши",
            "өкмөтү",
            "башчысы",
            "администрациясы",
            "министрлиги",
            "мэриясы",
            "орган",
            "органы");

    /**
     * The replacement is written in the nominative, so only a body named as the grammatical
     * subject is swapped («Айыл окмоту утверждает», not «назначается айылным кенешем»). The head
     * noun may stand inside the name («Исполнительный орган местного самоуправления»).
     */
    private static boolean nominative(String text, Bodies.Mention actor) {
        List<Token> tokens = Token.of(text.substring(actor.start(), actor.end()));
        return !tokens.isEmpty()
                && (tokens.stream().anyMatch(t -> NOMINATIVE.contains(t.text()))
                        || tokens.get(0).text().equals("глава"));
    }

    /** «Жергиликтүү кеңештин төрагасы», «депутат местного кенеша»: the body only names whose officer acts. */
    private static boolean actsItself(String text, Bodies.Mention actor) {
        String after = text.substring(actor.end()).trim().toLowerCase(Locale.ROOT);
        String before = text.substring(0, actor.start()).trim().toLowerCase(Locale.ROOT);
        return !(after.startsWith("төрага")
                || after.startsWith("депутат")
                || after.startsWith("башчы")
                || before.endsWith("председатель")
                || before.endsWith("депутат")
                || before.endsWith("депутаты")
                || before.endsWith("глава")
                || before.endsWith("понятия:")
                || after.startsWith("—"));
    }

    private static String splice(String text, int start, int end, String with) {
        return text.substring(0, start) + with + text.substring(end);
    }

    private static String flipped(Modality m, Language language) {
        boolean ru = language == Language.RUS;
        return switch (m) {
            case OBLIGATION, PROHIBITION -> ru ? "вправе" : "укуктуу";
            default -> ru ? "обязан" : "милдеттүү";
        };
    }

    private static String changedNumber(String text, Quantity q, Language language) {
        if (q.kind().equals("fraction")) {
            boolean majority = Math.abs(q.value() - Quantities.MAJORITY) < 1e-3;
            String replacement = language == Language.RUS
                    ? (majority ? "двумя третями" : "большинством")
                    : (majority ? "үчтөн экисинен кем эмес" : "көпчүлүк");
            return splice(text, q.start(), q.end(), replacement);
        }
        List<Token> tokens = Token.of(text);
        Token number = tokens.get(q.token());
        int[] words = number.isNumber() ? null : NumberWords.read(tokens, q.token());
        if (!number.isNumber() && words == null) {
            return null; // «в течение месяца», «трехмесячный»: no number to change
        }
        long old = number.isNumber() ? number.leadingNumber() : words[0];
        if (q.kind().equals("date")) {
            // A deadline on a calendar day: change the day, keep the month («1 ноября» → «11 ноября»,
            // «1-ноябрынан» → «11-ноябрынан»), so the mutant is still a valid date.
            int digits = String.valueOf(old).length();
            return splice(
                    text, number.start(), number.start() + digits, String.valueOf(old <= 18 ? old + 10 : old - 10));
        }
        int end = words == null ? number.end() : tokens.get(words[1] - 1).end();
        return splice(text, number.start(), end, String.valueOf(old * 2 + 3));
    }

    private static String otherBody(String body, Language language) {
        boolean ru = language == Language.RUS;
        return switch (body) {
            case "kenesh" -> ru ? "Аким" : "Аким";
            case "akim", "local-state-administration", "ministry", "government", "authorised-body", "parliament" ->
                ru ? "Айыльный кенеш" : "Айылдык кеңеш";
            default -> ru ? "Местная государственная администрация" : "Жергиликтүү мамлекеттик администрация";
        };
    }

    // ---------------------------------------------------------------- scale

    static String scale(int norms) {
        StringBuilder out = new StringBuilder("### Scale benchmark: duplicates\n\n");
        SplittableRandom random = new SplittableRandom(SEED);
        long t0 = System.nanoTime();
        int[][] sets = synthetic(norms, random);
        long generated = System.nanoTime();
        Duplicates engine = new Duplicates(
                new MinHash(32, 4, SEED),
                DuplicateFinder.MIN_JACCARD,
                DuplicateFinder.MIN_CONTAINMENT,
                DuplicateFinder.MIN_SHINGLES);
        long start = System.nanoTime();
        List<Duplicates.Pair> pairs = engine.pairs(sets, new int[0][], new int[0]);
        List<int[]> clusters = Duplicates.clusters(sets.length, pairs);
        long done = System.nanoTime();
        long heap = peakHeapMb();
        out.append(String.format(
                Locale.ROOT,
                "Synthetic norms: %,d (generated in %.1f s; 8–30 terms over a 20 000-word "
                        + "vocabulary, every 20th a copy of an earlier norm with 1–3 words changed). Same settings as the corpus "
                        + "detector: 128 MinHash values in 32 bands of 4 rows, verification at Jaccard ≥ %.2f or containment ≥ %.2f."
                        + " Analysis (stemming) is not part of this figure: the sets are of term ids.%n%n",
                norms,
                (generated - t0) / 1e9,
                DuplicateFinder.MIN_JACCARD,
                DuplicateFinder.MIN_CONTAINMENT));
        out.append(String.format(
                Locale.ROOT,
                "| run | norms | time | verified pairs | clusters | peak heap |%n"
                        + "| --- | ---: | ---: | ---: | ---: | ---: |%n| MinHash + LSH + verify + clusters | %,d | %.1f s | %,d | %,d | %,d MB |%n",
                norms,
                (done - start) / 1e9,
                pairs.size(),
                clusters.size(),
                heap));
        out.append(sampleRecall(new SplittableRandom(SEED + 1)));
        return out.append('\n').toString();
    }

    /** LSH against exact all-pairs on a 20 000-norm sample: recall of pairs at Jaccard ≥ 0.8. */
    private static String sampleRecall(SplittableRandom random) {
        int n = 20_000;
        int[][] sets = synthetic(n, random);
        long t0 = System.nanoTime();
        Map<Long, Double> exact = exactPairs(sets, 0.8);
        long t1 = System.nanoTime();
        Duplicates engine = new Duplicates(new MinHash(32, 4, SEED), 0.8, 2.0, Integer.MAX_VALUE);
        List<Duplicates.Pair> lsh = engine.pairs(sets, new int[0][], new int[0]);
        long t2 = System.nanoTime();
        long hit = lsh.stream()
                .filter(p -> exact.containsKey(((long) p.a() << 32) | p.b()))
                .count();
        return String.format(
                Locale.ROOT,
                "| exact all-pairs (inverted index), 20k sample | %,d | %.2f s | %,d at J ≥ 0.8 | | |%n"
                        + "| MinHash + LSH, same 20k sample | %,d | %.2f s | %,d at J ≥ 0.8 | | |%n%n"
                        + "Recall of LSH against exact on the sample: **%.4f** (%d of %d pairs).%n",
                n,
                (t1 - t0) / 1e9,
                exact.size(),
                n,
                (t2 - t1) / 1e9,
                lsh.size(),
                exact.isEmpty() ? 1.0 : (double) hit / exact.size(),
                hit,
                exact.size());
    }

    /** Every pair at or above the threshold, by counting overlaps through postings of each shingle. */
    static Map<Long, Double> exactPairs(int[][] sets, double threshold) {
        Map<Integer, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < sets.length; i++) {
            for (int s : sets[i]) {
                postings.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
            }
        }
        Map<Long, Double> out = new HashMap<>();
        int[] overlap = new int[sets.length];
        List<Integer> touched = new ArrayList<>();
        for (int i = 0; i < sets.length; i++) {
            for (int s : sets[i]) {
                for (int j : postings.get(s)) {
                    if (j > i) {
                        if (overlap[j]++ == 0) {
                            touched.add(j);
                        }
                    }
                }
            }
            for (int j : touched) {
                int common = overlap[j];
                double jaccard = (double) common / (sets[i].length + sets[j].length - common);
                if (jaccard >= threshold) {
                    out.put(((long) i << 32) | j, jaccard);
                }
                overlap[j] = 0;
            }
            touched.clear();
        }
        return out;
    }

    /** Synthetic norms as sorted term-id sets; every 20th copies a recent norm with 1–3 words changed. */
    static int[][] synthetic(int n, SplittableRandom random) {
        int vocabulary = 20_000;
        int[][] raw = new int[n][];
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            int[] terms;
            if (i > 0 && i % 20 == 0) {
                terms = raw[i - 1 - random.nextInt(Math.min(i, 1000))].clone();
                int changes = 1 + random.nextInt(3);
                for (int c = 0; c < changes; c++) {
                    terms[random.nextInt(terms.length)] = word(random, vocabulary);
                }
            } else {
                terms = new int[8 + random.nextInt(23)];
                for (int k = 0; k < terms.length; k++) {
                    terms[k] = word(random, vocabulary);
                }
            }
            raw[i] = terms;
            out[i] = Arrays.stream(terms)
                    .map(t -> (int) MinHash.mix(t))
                    .sorted()
                    .distinct()
                    .toArray();
        }
        return out;
    }

    /** A word id, skewed towards frequent words as in real text (a fifth of draws from the 200 commonest). */
    private static int word(SplittableRandom random, int vocabulary) {
        return random.nextInt(5) == 0 ? random.nextInt(200) : random.nextInt(vocabulary);
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name"))
                .findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim())
                .orElse("unknown");
        String mem = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
        return String.format(
                Locale.ROOT,
                "Machine: %d cores available to the JVM, %s, %s; Java %s, max heap %d MB; run %s.%n",
                Runtime.getRuntime().availableProcessors(),
                cpu,
                mem,
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                LocalDate.now());
    }

    /** Replaces the {@code ## Findings} section of the file (or appends it), leaving the other sections alone. */
    static void writeSection(Path file, String section) throws IOException {
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Benchmarks\n\n";
        int at = text.indexOf("## Findings\n");
        if (at < 0) {
            text = text + (text.endsWith("\n\n") ? "" : "\n") + section;
        } else {
            int next = text.indexOf("\n## ", at + 1);
            text = text.substring(0, at) + section + (next < 0 ? "" : text.substring(next + 1));
        }
        AtomicFiles.writeString(file, text);
    }
}
