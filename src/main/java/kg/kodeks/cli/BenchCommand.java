package kg.kodeks.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import kg.kodeks.search.SearchBenchmark;
import kg.kodeks.workspace.WorkspaceInit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kodeks bench}: benchmarks, each compared with a baseline in the same run. */
@Command(
        name = "bench",
        description = "Benchmarks (not tests): figures compared with a baseline in the same run.",
        subcommands = {BenchCommand.Search.class, BenchCommand.Web.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "missing benchmark: try kodeks bench search");
    }

    /** {@code kodeks bench search --norms N}: indexing and search against plain Lucene. */
    @Command(
            name = "search",
            description =
                    "Index a synthetic corpus with Kodeks and with plain Lucene; print throughput, size, heap and latency.")
    static final class Search extends BaseCommand {
        @Option(
                names = "--norms",
                paramLabel = "N",
                defaultValue = "10000",
                description = "Norms to generate (default 10000).")
        int norms;

        @Option(names = "--threads", paramLabel = "N", description = "Indexing threads (default: the number of cores).")
        Integer threads;

        @Option(
                names = "--rounds",
                paramLabel = "N",
                defaultValue = "3",
                description = "Measure each side N times in turns and keep its best round (default 3).")
        int rounds;

        @Option(
                names = "--dir",
                paramLabel = "DIR",
                description = "Where to build the indexes (default: a temporary folder, deleted after).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("kodeks-bench");
            try {
                int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
                SearchBenchmark.Report report =
                        new SearchBenchmark(work, norms, t, rounds, TerminalProgress.forTerminal(err())).run();
                out().println("Machine: " + SearchBenchmark.machine());
                out().println();
                out().print(report.markdown());
                out().flush();
            } finally {
                if (dir == null) {
                    WorkspaceInit.deleteTree(work);
                }
            }
            return ExitCodes.OK;
        }

        @Override
        int run(kg.kodeks.Workbench workbench) {
            throw new IllegalStateException("the benchmark needs no workspace");
        }
    }

    /** {@code kodeks bench web}: the search page under load on loopback against the search service alone. */
    @Command(
            name = "web",
            description = "Load the search page with concurrent clients on 127.0.0.1 for a set time; "
                    + "compare with the search service called directly.")
    static final class Web extends BaseCommand {
        @Option(
                names = "--clients",
                paramLabel = "N",
                defaultValue = "8",
                description = "Concurrent clients (default 8).")
        int clients;

        @Option(
                names = "--seconds",
                paramLabel = "S",
                defaultValue = "10",
                description = "How long each side runs (default 10).")
        int seconds;

        @Override
        public Integer call() throws Exception {
            kg.kodeks.workspace.Workspace sample = kg.kodeks.workspace.Workspace.choose(
                    Main.bundledSample(), Path.of("").toAbsolutePath(), Main.bundledSample());
            Path work = Files.createTempDirectory("kodeks-bench-web");
            try (kg.kodeks.Workbench workbench = kg.kodeks.Workbench.init(sample, work.resolve("workspace"))) {
                kg.kodeks.web.LoadBenchmark.Report report = new kg.kodeks.web.LoadBenchmark(
                                workbench, Math.max(1, clients), java.time.Duration.ofSeconds(Math.max(1, seconds)))
                        .run();
                out().println("Machine: " + SearchBenchmark.machine());
                out().println("Sample workspace, "
                        + workbench.corpus().corpus().norms().size() + " norms; "
                        + kg.kodeks.web.LoadBenchmark.QUERIES.size() + " queries in turn; " + seconds + " s per side");
                out().println();
                out().print(report.markdown());
                out().flush();
            } finally {
                WorkspaceInit.deleteTree(work);
            }
            return ExitCodes.OK;
        }

        @Override
        int run(kg.kodeks.Workbench workbench) {
            throw new IllegalStateException("the benchmark makes its own copy of the sample workspace");
        }
    }
}
