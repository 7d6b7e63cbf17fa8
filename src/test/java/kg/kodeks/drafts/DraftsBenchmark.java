package kg.kodeks.drafts;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import kg.kodeks.model.Act;
import kg.kodeks.model.Language;
import kg.kodeks.workspace.WorkspaceInit;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * Benchmark of the drafts repository, run by hand (not a unit test):
 * {@code mvn -q -DskipTests package && java -cp "target/test-classes:target/kodeks.jar:target/lib/*"
 * kg.kodeks.drafts.DraftsBenchmark [docs/benchmarks.md]}.
 *
 * <p>A synthetic Russian draft of 500 articles gets 10,000 commits, each changing a word in one
 * article. The history is written with {@code git fast-import}, because making 10,000 commits
 * one by one through any porcelain takes many minutes here. Each operation is then timed on the
 * same repository through Kodeks (JGit) and through command-line git in the same run.
 */
public final class DraftsBenchmark {
    private static final int ARTICLES = 500;
    private static final int CHAPTERS = 25;
    private static final int COMMITS = 10_000;
    private static final String[] WORDS = ("органы местного самоуправления обеспечивают решение вопросов значения "
                    + "в пределах полномочий установленных настоящим кодексом местный кенеш утверждает бюджет айылного "
                    + "аймака и города по представлению исполнительного органа с учетом мнения жителей")
            .split(" ");
    private static final String[] PEOPLE = {
        "Айгуль Токтосунова", "Бакыт Осмонов", "Нургуль Абдыкадырова", "Эрмек Жумабаев", "Гульнара Садыкова"
    };

    private DraftsBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        Path root = Files.createTempDirectory("kodeks-drafts-bench");
        try {
            run(root, report);
        } finally {
            WorkspaceInit.deleteTree(root);
        }
    }

    private static void run(Path root, Path report) throws Exception {
        Path drafts = root.resolve("drafts");
        Random random = new Random(42);
        String[][] articles = new String[ARTICLES][];
        for (int i = 0; i < ARTICLES; i++) {
            articles[i] = new String[] {sentence(random, 14), sentence(random, 16), sentence(random, 12)};
        }
        long t0 = System.nanoTime();
        git(root, "init", "-q", "-b", "main", drafts.toString());
        fastImport(drafts, articles, random);
        git(drafts, "checkout", "-q", "-f", "main");
        git(drafts, "config", "core.fsync", "committed");
        git(drafts, "config", "user.name", "Benchmark");
        git(drafts, "config", "user.email", "bench@example.kg");
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        long size = Files.size(drafts.resolve("code.rus.md"));
        System.out.printf(
                "built %d commits of a %d-article draft (%d KB) in %.1f s%n",
                COMMITS, ARTICLES, size / 1024, buildSeconds);

        List<String> rows = new ArrayList<>();
        // The workspace's cache folder, where what history walks learn is kept for the next process.
        Path cache = root.resolve(".kodeks");
        try (DraftRepository repo = DraftRepository.open(drafts, cache)) {
            PersonIdent author = new PersonIdent("Benchmark", "bench@example.kg");
            // Commit one article: Kodeks reads and checks the draft, stages and commits; git commit -a.
            for (int i = 0; i < 3; i++) {
                editArticle(drafts, i, "прогрев" + i);
                repo.commit("warm-up " + i, author);
            }
            double[] kodeksCommit = new double[30];
            double[] gitCommit = new double[30];
            for (int i = 0; i < 30; i++) {
                editArticle(drafts, 10 + i, "правка" + i);
                long s = System.nanoTime();
                repo.commit("commit " + i, author);
                kodeksCommit[i] = ms(s);
                editArticle(drafts, 100 + i, "правка" + i);
                s = System.nanoTime();
                git(drafts, "commit", "-q", "-a", "-m", "git commit " + i);
                gitCommit[i] = ms(s);
            }
            rows.add(row("commit one article (p50 / p95)", kodeksCommit, gitCommit, true));

            double[] kodeksLog = new double[5];
            double[] gitLog = new double[5];
            int[] count = new int[1];
            for (int i = 0; i < 5; i++) {
                long s = System.nanoTime();
                count[0] = repo.log(0).size();
                kodeksLog[i] = ms(s);
                s = System.nanoTime();
                git(drafts, "log", "--format=%H%x09%an%x09%aI%x09%s%x09%D");
                gitLog[i] = ms(s);
            }
            rows.add(row("full log (" + count[0] + " commits)", kodeksLog, gitLog, false));

            historyRows(repo, drafts, cache, rows);
        }
        rows.add(diffRow(drafts, cache));
        DraftTesting.Result fsck = DraftTesting.run(drafts, "git", "fsck", "--full");
        String section = section(rows, buildSeconds, size, fsck.exit() == 0);
        System.out.println(section);
        write(report, section);
    }

    /** The first history ever, a later one in the same process, and one after opening the repository again. */
    private static void historyRows(DraftRepository repo, Path drafts, Path cache, List<String> rows) throws Exception {
        // The first history reads every version; it learns which articles each commit changed,
        // so later histories (of any article) read only the versions that matter.
        long cold = System.nanoTime();
        int entries = ArticleHistory.follow(repo, "art_250", Language.RUS).size();
        double[] kodeksCold = {ms(cold)};
        double[] gitCold = new double[1];
        long g = System.nanoTime();
        git(drafts, "log", "-L", "/^### Статья 250\\./,+6:code.rus.md", "--format=%H");
        gitCold[0] = ms(g);
        rows.add(row(
                "one article's history, the first ever (" + entries + " changes; git log -L)",
                kodeksCold,
                gitCold,
                false));
        double[] kodeksHistory = new double[5];
        double[] gitHistory = new double[5];
        for (int i = 0; i < 5; i++) {
            long s = System.nanoTime();
            entries = ArticleHistory.follow(repo, "art_100", Language.RUS).size();
            kodeksHistory[i] = ms(s);
            s = System.nanoTime();
            git(drafts, "log", "-L", "/^### Статья 100\\./,+6:code.rus.md", "--format=%H");
            gitHistory[i] = ms(s);
        }
        rows.add(row(
                "another article's history, later (" + entries + " changes; git log -L)",
                kodeksHistory,
                gitHistory,
                false));

        double[] kodeksReopened = new double[5];
        double[] gitReopened = new double[5];
        for (int i = 0; i < 5; i++) {
            long s = System.nanoTime();
            try (DraftRepository reopened = DraftRepository.open(drafts, cache)) {
                entries = ArticleHistory.follow(reopened, "art_" + (400 + i), Language.RUS)
                        .size();
            }
            kodeksReopened[i] = ms(s);
            s = System.nanoTime();
            git(drafts, "log", "-L", "/^### Статья " + (400 + i) + "\\./,+6:code.rus.md", "--format=%H");
            gitReopened[i] = ms(s);
        }
        rows.add(row(
                "an article's history after opening the repository again, learnt from .kodeks (" + entries
                        + " changes; git log -L)",
                kodeksReopened,
                gitReopened,
                false));
    }

    /** Two distant versions compared, each run in a newly opened repository. */
    private static String diffRow(Path drafts, Path cache) throws Exception {
        double[] kodeksDiff = new double[5];
        double[] gitDiff = new double[5];
        int changes = 0;
        for (int i = -2; i < 5; i++) {
            long s = System.nanoTime();
            // A repository opened anew each time: both versions are read and parsed every time.
            try (DraftRepository fresh = DraftRepository.open(drafts, cache)) {
                Act older = fresh.read("HEAD~5000").act(Language.RUS).orElseThrow();
                Act newer = fresh.read("HEAD").act(Language.RUS).orElseThrow();
                changes = VersionDiff.compare(older, newer).size();
            }
            if (i < 0) {
                continue; // two runs untimed, as the commits before the timed ones
            }
            kodeksDiff[i] = ms(s);
            s = System.nanoTime();
            git(drafts, "diff", "--word-diff", "HEAD~5000", "HEAD", "--", "code.rus.md");
            gitDiff[i] = ms(s);
        }
        return row(
                "diff of two versions 5,000 commits apart (" + changes + " article changes; git diff --word-diff)",
                kodeksDiff,
                gitDiff,
                false);
    }

    private static String sentence(Random random, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            out.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.append('.').toString();
    }

    private static String render(String[][] articles) {
        StringBuilder out = new StringBuilder("""
                ---
                id: /akn/kg/act/code/2026-01-01/draft
                title: Синтетический кодекс для замеров
                lang: rus
                sample: true
                ---

                *Синтетический текст для замеров.*
                """);
        int perChapter = ARTICLES / CHAPTERS;
        for (int i = 0; i < ARTICLES; i++) {
            if (i % perChapter == 0) {
                out.append("\n## Глава ")
                        .append(i / perChapter + 1)
                        .append(". Глава номер ")
                        .append(i / perChapter + 1)
                        .append('\n');
            }
            out.append("\n### Статья ")
                    .append(i + 1)
                    .append(". Заголовок статьи ")
                    .append(i + 1)
                    .append("\n\n");
            for (int p = 0; p < articles[i].length; p++) {
                out.append(p + 1).append(". ").append(articles[i][p]).append("\n\n");
            }
        }
        return out.toString();
    }

    /** Writes the whole history in one git fast-import stream: one changed word per commit. */
    private static void fastImport(Path drafts, String[][] articles, Random random) throws Exception {
        Process p = new ProcessBuilder("git", "fast-import", "--quiet")
                .directory(drafts.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long when = 1_767_225_600L; // 2026-01-01
        try (OutputStream out = new BufferedOutputStream(p.getOutputStream(), 1 << 20)) {
            for (int c = 1; c <= COMMITS; c++) {
                if (c > 1) {
                    int a = random.nextInt(ARTICLES);
                    String[] words = articles[a][0].split(" ");
                    words[random.nextInt(words.length - 1)] = WORDS[random.nextInt(WORDS.length)];
                    articles[a][0] = String.join(" ", words);
                }
                String person = PEOPLE[c % PEOPLE.length];
                String ident = person + " <p" + (c % PEOPLE.length) + "@example.kg> " + (when + c * 600L) + " +0600";
                byte[] message = ("Правка " + c).getBytes(StandardCharsets.UTF_8);
                byte[] content = render(articles).getBytes(StandardCharsets.UTF_8);
                out.write(("commit refs/heads/main\nmark :" + c + "\nauthor " + ident + "\ncommitter " + ident
                                + "\ndata " + message.length + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.write(message);
                out.write(("\n" + (c > 1 ? "from :" + (c - 1) + "\n" : "") + "M 100644 inline code.rus.md\ndata "
                                + content.length + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.write(content);
                out.write('\n');
            }
        }
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("git fast-import failed");
        }
    }

    private static void editArticle(Path drafts, int index, String word) throws IOException {
        Path file = drafts.resolve("code.rus.md");
        String text = Files.readString(file);
        String heading = "### Статья " + (index + 1) + ". Заголовок статьи " + (index + 1) + "\n\n1. ";
        int at = text.indexOf(heading);
        if (at < 0) {
            throw new IllegalStateException("no article " + (index + 1));
        }
        int start = at + heading.length();
        Files.writeString(file, text.substring(0, start) + word + " " + text.substring(start));
    }

    private static void git(Path dir, String... args) throws IOException {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IOException("failed: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }

    private static String row(String what, double[] kodeks, double[] git, boolean withP95) {
        double k = percentile(kodeks, 0.5);
        double g = percentile(git, 0.5);
        String kodeksCell =
                withP95 ? String.format("%.1f / %.1f", k, percentile(kodeks, 0.95)) : String.format("%.1f", k);
        String gitCell = withP95 ? String.format("%.1f / %.1f", g, percentile(git, 0.95)) : String.format("%.1f", g);
        String line = String.format("| %s | %s | %s | %.2f× |", what, kodeksCell, gitCell, k / g);
        System.out.println(line);
        return line;
    }

    private static String section(List<String> rows, double buildSeconds, long size, boolean fsckClean)
            throws IOException {
        StringBuilder out = new StringBuilder("## Drafts\n\n");
        out.append("Synthetic Russian draft of ")
                .append(ARTICLES)
                .append(" articles in ")
                .append(CHAPTERS)
                .append(" chapters (")
                .append(size / 1024)
                .append(" KB), ")
                .append(COMMITS)
                .append(" commits each changing one word of one article, built with `git fast-import` in ")
                .append(String.format("%.1f", buildSeconds))
                .append(
                        " s (10,000 commits one by one would take far longer). Times in milliseconds, median of the runs"
                                + " (commit: 30 runs, median and 95th percentile; others: 5 runs); command-line git includes"
                                + " starting the process. Run: `mvn -q -DskipTests package && java -cp"
                                + " \"target/test-classes:target/kodeks.jar:target/lib/*\" kg.kodeks.drafts.DraftsBenchmark`.\n\n");
        out.append("Machine: ").append(machine()).append(".\n\n");
        out.append("| operation | Kodeks (JGit) ms | git ms | Kodeks / git |\n| --- | --- | --- | --- |\n");
        rows.forEach(r -> out.append(r).append('\n'));
        out.append("\nA Kodeks commit also reads and checks the whole draft before committing (a draft that does not"
                        + " parse is refused). The first history learns, for every two neighbouring versions, which"
                        + " articles changed, and keeps it in memory and in `.kodeks/`; the later rows use that. Each"
                        + " diff run (after two untimed ones) opens the repository anew, so both versions are read and"
                        + " parsed every time."
                        + " `git fsck --full` after the run: ")
                .append(fsckClean ? "clean" : "NOT clean")
                .append(".\n");
        return out.toString();
    }

    private static String machine() throws IOException {
        String cpu = "unknown CPU";
        String ram = "";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.exists(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .orElse(cpu);
        }
        Path meminfo = Path.of("/proc/meminfo");
        if (Files.exists(meminfo)) {
            ram = Files.readAllLines(meminfo).stream()
                    .filter(l -> l.startsWith("MemTotal"))
                    .findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GB RAM")
                    .orElse("");
        }
        return Runtime.getRuntime().availableProcessors() + " cores (nproc), " + cpu + ", " + ram + ", Java "
                + System.getProperty("java.version") + ", " + gitVersion();
    }

    private static String gitVersion() throws IOException {
        return DraftTesting.run(Path.of("."), "git", "--version").output().trim();
    }

    /** Replaces the {@code ## Drafts} section of the report, keeping every other section. */
    private static void write(Path report, String section) throws IOException {
        String text = Files.exists(report) ? Files.readString(report) : "# Benchmarks\n";
        int start = text.indexOf("## Drafts\n");
        if (start >= 0) {
            int end = text.indexOf("\n## ", start + 1);
            text = text.substring(0, start) + section + (end < 0 ? "" : text.substring(end + 1));
        } else {
            text = text.stripTrailing() + "\n\n" + section;
        }
        kg.kodeks.workspace.AtomicFiles.writeString(report, text);
    }
}
