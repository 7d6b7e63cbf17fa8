package kg.kodeks.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import kg.kodeks.analysis.Analyzers;
import kg.kodeks.analysis.Schema;
import kg.kodeks.error.KodeksException;
import kg.kodeks.model.Act;
import kg.kodeks.model.Language;
import kg.kodeks.model.Norm;
import kg.kodeks.model.Unit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * Indexing and search figures of Kodeks against plain Lucene (an {@link IndexWriter} with
 * {@link StandardAnalyzer} and one stored text field) over the same synthetic texts, in the same
 * run and with the same number of threads. Not a test: run it with
 * {@code kodeks bench search --norms N}.
 */
public final class SearchBenchmark {
    /** The fixed seed of the synthetic corpus. */
    public static final long SEED = 20_260_101L;

    private static final int WARMUP = 3;
    private static final int REPEATS = 25;
    /** The indexing buffer of both sides. */
    private static final int RAM_BUFFER_MB = 256;

    private final Path work;
    private final int norms;
    private final int threads;
    private final int rounds;
    private final IndexProgress progress;

    /**
     * @param work an empty folder for the two indexes (deleted afterwards by the caller)
     * @param norms about how many norms to generate
     * @param threads indexing threads, the same for both sides
     * @param rounds how many times each side is measured, in turns; the best round counts
     */
    public SearchBenchmark(Path work, int norms, int threads, int rounds, IndexProgress progress) {
        this.work = work;
        this.norms = norms;
        this.threads = Math.max(1, threads);
        this.rounds = Math.max(1, rounds);
        this.progress = progress == null ? IndexProgress.NONE : progress;
    }

    /** Indexing figures of one side. */
    public record Indexing(
            String side,
            long documents,
            long normCount,
            long textMegabytes,
            double seconds,
            double cpuSeconds,
            long indexMegabytes,
            long peakHeapMegabytes) {
        public double normsPerSecond() {
            return normCount / seconds;
        }

        /** Norms per second of CPU time of the indexing threads: steadier on a shared machine. */
        public double normsPerCpuSecond() {
            return normCount / cpuSeconds;
        }
    }

    /** Latency of one class of queries, in milliseconds. */
    public record Latency(String what, int samples, double p50, double p99, double max) {}

    /**
     * Everything measured: the best round of each side, and every round's wall and CPU seconds
     * (Kodeks, then the baseline).
     */
    public record Report(
            int norms,
            int threads,
            Indexing kodeks,
            Indexing baseline,
            List<Latency> latencies,
            List<Indexing> kodeksRounds,
            List<Indexing> baselineRounds) {
        public Report {
            latencies = List.copyOf(latencies);
            kodeksRounds = List.copyOf(kodeksRounds);
            baselineRounds = List.copyOf(baselineRounds);
        }

        /** Kodeks' indexing speed as a share of the baseline's. */
        public double relativeSpeed() {
            return kodeks.normsPerSecond() / baseline.normsPerSecond();
        }

        /** The same, measured in CPU time of the indexing threads. */
        public double relativeCpuSpeed() {
            return kodeks.normsPerCpuSecond() / baseline.normsPerCpuSecond();
        }

        /** The figures as Markdown tables. */
        public String markdown() {
            StringBuilder md = new StringBuilder();
            md.append(String.format(
                    Locale.ROOT,
                    "### %,d norms (each side: %d indexing threads, %d MB RAM buffer)%n%n",
                    kodeks.normCount(),
                    threads,
                    RAM_BUFFER_MB));
            md.append(
                    "| indexing | documents | text MB | wall s | norms/s | CPU s | norms/CPU s | index MB | peak heap MB |\n");
            md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (Indexing i : List.of(kodeks, baseline)) {
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %,d | %,d | %.1f | %,.0f | %.1f | %,.0f | %,d | %,d |%n",
                        i.side(),
                        i.documents(),
                        i.textMegabytes(),
                        i.seconds(),
                        i.normsPerSecond(),
                        i.cpuSeconds(),
                        i.normsPerCpuSecond(),
                        i.indexMegabytes(),
                        i.peakHeapMegabytes()));
            }
            md.append(String.format(
                    Locale.ROOT,
                    "%nKodeks indexes at %.0f %% of the baseline's speed in wall time, %.0f %% in CPU time.%n",
                    relativeSpeed() * 100,
                    relativeCpuSpeed() * 100));
            if (kodeksRounds.size() > 1) {
                md.append(String.format(
                        Locale.ROOT,
                        "Best of %d rounds per side, taken in turns; every round, wall s / CPU s: Kodeks %s;"
                                + " plain Lucene %s.%n",
                        kodeksRounds.size(),
                        rounds(kodeksRounds),
                        rounds(baselineRounds)));
            }
            md.append(String.format("%n"));
            md.append("| query | samples | p50 ms | p99 ms | max ms |\n| --- | ---: | ---: | ---: | ---: |\n");
            for (Latency l : latencies) {
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %.2f | %.2f | %.2f |%n",
                        l.what(),
                        l.samples(),
                        l.p50(),
                        l.p99(),
                        l.max()));
            }
            return md.toString();
        }
    }

    /**
     * Indexes with both sides and measures both sides' searches, each {@code rounds} times in
     * turns (the side that goes first alternates). On a machine shared with other work, noise
     * only ever adds time, so each side's best round is reported, with every round listed.
     */
    public Report run() throws IOException, KodeksException {
        warmUp();
        Path kodeksDir = work.resolve("kodeks");
        Path baselineDir = work.resolve("baseline");
        List<Indexing> kodeksRounds = new ArrayList<>();
        List<Indexing> baselineRounds = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (boolean kodeksSide : round % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false}) {
                if (kodeksSide) {
                    kodeksRounds.add(index(
                            "Kodeks (kir/rus stemming + exact field)",
                            kodeksDir,
                            Schema.indexAnalyzer(),
                            act -> DocumentFactory.documents(act, act.meta().expression())));
                } else {
                    baselineRounds.add(index(
                            "plain Lucene, StandardAnalyzer",
                            baselineDir,
                            new StandardAnalyzer(),
                            SearchBenchmark::baselineDocuments));
                }
            }
        }
        List<List<Latency>> kodeksLatencies = new ArrayList<>();
        List<List<Latency>> baselineLatencies = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            // Garbage left by indexing is collected before each side's searches, not in their midst.
            System.gc();
            kodeksLatencies.add(kodeksLatencies(kodeksDir));
            System.gc();
            baselineLatencies.add(baselineLatencies(baselineDir));
        }
        List<Latency> latencies = new ArrayList<>(bestLatencies(kodeksLatencies));
        latencies.addAll(bestLatencies(baselineLatencies));
        return new Report(
                norms, threads, best(kodeksRounds), best(baselineRounds), latencies, kodeksRounds, baselineRounds);
    }

    /** The fastest wall time and the least CPU time among the rounds of one side. */
    private static Indexing best(List<Indexing> rounds) {
        Indexing fastest = rounds.stream()
                .min(java.util.Comparator.comparingDouble(Indexing::seconds))
                .orElseThrow();
        double cpu = rounds.stream().mapToDouble(Indexing::cpuSeconds).min().orElseThrow();
        return new Indexing(
                fastest.side(),
                fastest.documents(),
                fastest.normCount(),
                fastest.textMegabytes(),
                fastest.seconds(),
                cpu,
                fastest.indexMegabytes(),
                fastest.peakHeapMegabytes());
    }

    /** For each kind of query, the round with the lowest 99th percentile. */
    private static List<Latency> bestLatencies(List<List<Latency>> rounds) {
        List<Latency> out = new ArrayList<>();
        for (int kind = 0; kind < rounds.get(0).size(); kind++) {
            int k = kind;
            out.add(rounds.stream()
                    .map(r -> r.get(k))
                    .min(java.util.Comparator.comparingDouble(Latency::p99))
                    .orElseThrow());
        }
        return out;
    }

    private static String rounds(List<Indexing> rounds) {
        return rounds.stream()
                .map(i -> String.format(Locale.ROOT, "%.1f / %.1f", i.seconds(), i.cpuSeconds()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Both sides once on a small corpus, so neither is measured with a cold JIT. */
    private void warmUp() throws IOException {
        SearchBenchmark small =
                new SearchBenchmark(work.resolve("warm-up"), Math.min(norms, 3_000), threads, 1, IndexProgress.NONE);
        small.index(
                "warm-up", small.work.resolve("baseline"), new StandardAnalyzer(), SearchBenchmark::baselineDocuments);
        small.index(
                "warm-up",
                small.work.resolve("kodeks"),
                Schema.indexAnalyzer(),
                act -> DocumentFactory.documents(act, act.meta().expression()));
    }

    private interface Documents {
        List<Document> of(Act act);
    }

    private static List<Document> baselineDocuments(Act act) {
        List<Document> docs = new ArrayList<>();
        for (Norm norm : act.norms()) {
            docs.add(plain(act.meta().expression() + "#" + norm.eid(), norm.fullText()));
        }
        for (Unit article : act.articles()) {
            docs.add(plain(
                    act.meta().expression() + "#" + article.eid() + "@article", DocumentFactory.articleText(article)));
        }
        return docs;
    }

    private static Document plain(String id, String text) {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.YES));
        doc.add(new TextField("text", text, Field.Store.YES));
        return doc;
    }

    private Indexing index(String side, Path dir, Analyzer analyzer, Documents documents) throws IOException {
        Files.createDirectories(dir);
        System.gc();
        resetHeapPeaks();
        Iterator<Act> acts = new SyntheticCorpus(SEED, norms).iterator();
        AtomicLong docCount = new AtomicLong();
        AtomicLong normCount = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        progress.start(side, norms);
        long started = System.nanoTime();
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (FSDirectory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, config)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    workers.add(pool.submit(() -> {
                        while (true) {
                            Act act;
                            synchronized (acts) {
                                if (!acts.hasNext()) {
                                    cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime());
                                    return null;
                                }
                                act = acts.next();
                            }
                            // One block per act on both sides: Kodeks needs it (an act's
                            // document follows its norms and articles).
                            List<Document> docs = documents.of(act);
                            writer.addDocuments(docs);
                            docCount.addAndGet(docs.size());
                            long n = normCount.addAndGet(act.norms().size());
                            chars.addAndGet(act.norms().stream()
                                    .mapToLong(x -> x.fullText().length())
                                    .sum());
                            progress.advance(n);
                        }
                    }));
                }
                for (Future<?> worker : workers) {
                    worker.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IOException(e.getCause());
            } finally {
                pool.shutdown();
            }
            long commitStarted = cpu.getCurrentThreadCpuTime();
            writer.commit();
            cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - commitStarted);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        progress.finish();
        long textMb = chars.get() * 2 / 1_000_000; // UTF-8 Cyrillic: about two bytes a letter
        return new Indexing(
                side,
                docCount.get(),
                normCount.get(),
                textMb,
                seconds,
                cpuNanos.get() / 1e9,
                size(dir) / 1_000_000,
                heapPeak() / 1_000_000);
    }

    private List<Latency> kodeksLatencies(Path dir) throws IOException, KodeksException {
        List<Latency> out = new ArrayList<>();
        try (SearchIndex index = new SearchIndex(dir, work)) {
            SearchService service = SearchService.over(index);
            IndexSearcher searcher = new IndexSearcher(index.reader());
            List<Query> terms = new ArrayList<>();
            for (String word : termWords()) {
                Language language = languageOf(word);
                terms.add(new TermQuery(new Term(
                        Schema.textField(language),
                        Analyzers.terms(language, word).get(0))));
            }
            out.add(measure("Kodeks: term query, top 10 (Lucene only)", terms, q -> searcher.search(q, 10)));
            out.add(measure(
                    "Kodeks: search of one word (filters, snippets, parallel units)",
                    termWords(),
                    w -> service.search(SearchRequest.of(w).withLanguage(languageOf(w)))));
            out.add(measure(
                    "Kodeks: phrase search with highlighting",
                    phrases(),
                    p -> service.search(SearchRequest.of("\"" + p + "\"").withLanguage(languageOf(p)))));
        }
        return out;
    }

    private List<Latency> baselineLatencies(Path dir) throws IOException {
        List<Latency> out = new ArrayList<>();
        try (FSDirectory directory = FSDirectory.open(dir);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StandardAnalyzer analyzer = new StandardAnalyzer();
            List<Query> terms = termWords().stream()
                    .map(w -> (Query) new TermQuery(
                            new Term("text", Analyzers.terms(analyzer, w).get(0))))
                    .toList();
            out.add(measure("plain Lucene: term query, top 10", terms, q -> searcher.search(q, 10)));
            UnifiedHighlighter highlighter =
                    UnifiedHighlighter.builder(searcher, analyzer).build();
            List<Query> phrases = phrases().stream()
                    .map(p -> (Query)
                            new PhraseQuery("text", Analyzers.terms(analyzer, p).toArray(String[]::new)))
                    .toList();
            out.add(measure("plain Lucene: phrase query with highlighting", phrases, q -> {
                TopDocs top = searcher.search(q, 10);
                return highlighter.highlight("text", q, top);
            }));
        }
        return out;
    }

    /** The language of a query word or phrase of the synthetic vocabulary. */
    private static Language languageOf(String words) {
        String first = words.split(" ")[0];
        List<String> kyrgyz = new ArrayList<>(Arrays.asList(SyntheticCorpus.KYRGYZ));
        kyrgyz.addAll(Arrays.asList(SyntheticCorpus.KYRGYZ_FUNCTION));
        // A phrase may be one entry of the vocabulary («жүзөгө ашырат») or start with a Kyrgyz
        // word («укуктуу эмес»).
        return kyrgyz.contains(words) || kyrgyz.contains(first) ? Language.KIR : Language.RUS;
    }

    /** Word forms that occur in the synthetic corpus, from frequent to rare, both languages. */
    private static List<String> termWords() {
        return List.of(
                "бюджета",
                "депутатов",
                "собственности",
                "налогов",
                "комиссии",
                "договором",
                "муниципальной",
                "утверждается",
                "тарифы",
                "границах",
                "бюджеттин",
                "депутаттары",
                "кеңешинин",
                "мыйзамдын",
                "чечими",
                "салыктар",
                "мүлкү",
                "токтомдор",
                "жарандардын",
                "аймагы");
    }

    private static List<String> phrases() {
        return List.of(
                "в течение",
                "в соответствии с",
                "не позднее",
                "а также",
                "не вправе",
                "ошондой эле",
                "жүзөгө ашырат",
                "камсыз кылат",
                "кабыл алат",
                "укуктуу эмес");
    }

    @FunctionalInterface
    private interface Timed<T> {
        Object run(T item) throws Exception;
    }

    private static <T> Latency measure(String what, List<T> items, Timed<T> timed) throws IOException {
        try {
            for (int w = 0; w < WARMUP; w++) {
                for (T item : items) {
                    timed.run(item);
                }
            }
            double[] millis = new double[items.size() * REPEATS];
            int i = 0;
            for (int r = 0; r < REPEATS; r++) {
                for (T item : items) {
                    long started = System.nanoTime();
                    timed.run(item);
                    millis[i++] = (System.nanoTime() - started) / 1e6;
                }
            }
            Arrays.sort(millis);
            return new Latency(
                    what, millis.length, percentile(millis, 0.50), percentile(millis, 0.99), millis[millis.length - 1]);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /** The value at fraction {@code p} of sorted figures (nearest rank). */
    public static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static void resetHeapPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the true peak). */
    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    /** The machine, as benchmarks record it: cores, CPU model, memory, Java, heap limit. */
    public static String machine() {
        String cpu = "unknown CPU";
        long memKb = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse(cpu);
            memKb = Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("MemTotal"))
                    .map(l -> l.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong)
                    .findFirst()
                    .orElse(0);
        } catch (IOException | RuntimeException e) {
            // Not Linux: leave the defaults.
        }
        return String.format(
                Locale.ROOT,
                "%d cores (nproc), %s, %.1f GB RAM, Java %s, max heap %d MB",
                Runtime.getRuntime().availableProcessors(),
                cpu,
                memKb / 1_048_576.0,
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1_048_576);
    }
}
