package kg.kodeks.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import kg.kodeks.search.SearchBenchmark;
import kg.kodeks.workspace.WorkspaceInit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kodeks bench}: benchmarks, each compared with a baseline in the same run. */
@Command(name = "bench", description = "Benchmarks (not tests): figures compared with a baseline in the same run.",
        subcommands = {BenchCommand.Search.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing benchmark: try kodeks bench search");
    }

    /** {@code kodeks bench search --norms N}: indexing and search against plain Lucene. */
    @Command(name = "search", description = "Index a synthetic corpus with Kodeks and with plain Lucene; print throughput, size, heap and latency.")
    static final class Search extends BaseCommand {
        @Option(names = "--norms", paramLabel = "N", defaultValue = "10000", description = "Norms to generate (default 10000).")
        int norms;

        @Option(names = "--threads", paramLabel = "N", description = "Indexing threads (default: the number of cores).")
        Integer threads;

        @Option(names = "--dir", paramLabel = "DIR", description = "Where to build the indexes (default: a temporary folder, deleted after).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("kodeks-bench");
            try {
                int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
                SearchBenchmark.Report report = new SearchBenchmark(work, norms, t, TerminalProgress.forTerminal(err())).run();
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
}
