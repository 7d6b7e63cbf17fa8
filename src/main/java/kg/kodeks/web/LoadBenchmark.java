package kg.kodeks.web;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kg.kodeks.Workbench;
import kg.kodeks.search.SearchBenchmark;
import kg.kodeks.search.SearchRequest;

/**
 * A bounded load test of the search page: clients on loopback ask {@code /search} for a fixed
 * set of queries until the time is up, and the same queries go straight to the search service
 * from as many threads in the same run, so the cost of HTTP and the page shows as the difference.
 */
public final class LoadBenchmark {
    /** Queries in both languages, plain words, a phrase, a prefix, negation. */
    public static final List<String> QUERIES = List.of(
            "айыл кеңеши",
            "жергиликтүү бюджет",
            "муниципалдык кызмат",
            "орган местного самоуправления",
            "не вправе",
            "\"публичные слушания\"",
            "бюджет*",
            "депутат",
            "срок полномочий",
            "курултай");

    private final Workbench workbench;
    private final int clients;
    private final Duration duration;

    public LoadBenchmark(Workbench workbench, int clients, Duration duration) {
        this.workbench = workbench;
        this.clients = clients;
        this.duration = duration;
    }

    /** One side of the comparison. */
    public record Figures(
            String label,
            int clients,
            long requests,
            long failures,
            double seconds,
            double perSecond,
            double p50Millis,
            double p99Millis) {
        String row() {
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %.0f | %.2f | %.2f |",
                    label,
                    clients,
                    requests,
                    failures,
                    perSecond,
                    p50Millis,
                    p99Millis);
        }
    }

    /** Both sides, ready for {@code docs/benchmarks.md}. */
    public record Report(Figures web, Figures service) {
        public String markdown() {
            return "| Path | Clients | Requests | Failed | Requests/s | p50 ms | p99 ms |\n"
                    + "|---|---:|---:|---:|---:|---:|---:|\n" + web.row() + "\n" + service.row() + "\n";
        }
    }

    @FunctionalInterface
    private interface Call {
        boolean run(String query) throws Exception;
    }

    public Report run() throws Exception {
        workbench.search().index();
        Javalin app = WebServer.create(workbench, false).start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + app.port() + "/search?q=";
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            Call page = query -> {
                HttpRequest request = HttpRequest.newBuilder(
                                URI.create(base + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build();
                return http.send(request, HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            };
            Call service =
                    query -> workbench.search().search(SearchRequest.of(query)).total() >= 0;
            measure("warm-up", page, Duration.ofSeconds(2));
            Figures web = measure("HTTP GET /search (page rendered)", page, duration);
            measure("warm-up", service, Duration.ofSeconds(1));
            Figures direct = measure("SearchService.search (no HTTP, baseline)", service, duration);
            return new Report(web, direct);
        } finally {
            app.stop();
        }
    }

    private Figures measure(String label, Call call, Duration time) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + time.toNanos();
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            results.add(pool.submit(() -> client(call, offset, end)));
        }
        List<Long> latencies = new ArrayList<>();
        long failures = 0;
        for (Future<long[]> f : results) {
            long[] r = f.get();
            failures += r[0];
            for (int i = 1; i < r.length; i++) {
                latencies.add(r[i]);
            }
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] sorted =
                latencies.stream().mapToDouble(nanos -> nanos / 1e6).sorted().toArray();
        return new Figures(
                label,
                clients,
                sorted.length,
                failures,
                seconds,
                sorted.length / seconds,
                sorted.length == 0 ? 0 : SearchBenchmark.percentile(sorted, 0.50),
                sorted.length == 0 ? 0 : SearchBenchmark.percentile(sorted, 0.99));
    }

    /** Runs queries until the deadline; element 0 counts failures, the rest are latencies in ns. */
    private static long[] client(Call call, int offset, long end) {
        long[] out = new long[1024];
        int n = 1;
        long failures = 0;
        for (int i = offset; System.nanoTime() < end; i++) {
            String query = QUERIES.get(i % QUERIES.size());
            long t0 = System.nanoTime();
            boolean ok;
            try {
                ok = call.run(query);
            } catch (Exception e) {
                ok = false;
            }
            if (!ok) {
                failures++;
                continue;
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = System.nanoTime() - t0;
        }
        out[0] = failures;
        return Arrays.copyOf(out, n);
    }
}
