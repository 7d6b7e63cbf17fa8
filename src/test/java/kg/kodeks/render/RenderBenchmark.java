package kg.kodeks.render;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kg.kodeks.model.Language;
import kg.kodeks.workspace.Workspace;

/**
 * Render benchmark, a separate entry point (not a test): the Code of 1,000 synthetic sample
 * articles rendered warm against pandoc {@code --reference-doc} on the same Markdown in the same
 * run; a press release warm; a summary table of 5,000 comments. Prints a Markdown section for
 * {@code docs/benchmarks.md}. Run from the Kodeks folder: {@code RenderBenchmark [out dir]}.
 */
final class RenderBenchmark {
    private RenderBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("kodeks-bench");
        Workspace ws = new Workspace(Path.of("").toAbsolutePath(), true);
        Renderer renderer = new Renderer(ws);
        Path md = work.resolve("code-1000.md");
        Files.writeString(md, code(1000));
        // The Markdown goes in with the data, as a draft version does (a workspace's own draft is not used then).
        Map<String, Object> codeData = new java.util.LinkedHashMap<>(Map.of(
                "sample",
                true,
                "sample_note",
                "ОБРАЗЕЦ",
                "title",
                "О местном самоуправлении",
                "date",
                "2020-02-15",
                "body",
                Files.readString(md)));
        Path out = work.resolve("code.docx");

        resetPeaks();
        double code = best(
                5,
                () -> renderer.render(DocumentKind.CODE, codeData, work.resolve("code-1000.yaml"), Language.RUS, out));
        long peak = heapPeak();
        long codeSize = Files.size(out);
        double pandoc = best(
                3, () -> pandoc(md, work.resolve("pandoc.docx"), renderer.template(DocumentKind.CODE, Language.RUS)));

        Path pr = work.resolve("pr.docx");
        double press = best(50, () -> renderer.render(DocumentKind.PRESS_RELEASE, null, Language.RUS, pr));

        Map<String, Object> comments = comments(5000);
        Path table = work.resolve("comments.docx");
        double big = best(
                3,
                () -> renderer.render(
                        DocumentKind.COMMENTS_TABLE,
                        comments,
                        work.resolve("comments-5000.yaml"),
                        Language.RUS,
                        table));

        System.out.println("## Render\n");
        System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + cpu() + ", "
                + (totalRam() >> 30) + " GB RAM; Java " + System.getProperty("java.version") + ", -Xmx"
                + (Runtime.getRuntime().maxMemory() >> 20) + "m; load average at start " + load()
                + " (the machine is shared with other builds). Best of N warm runs, in the same process.\n");
        System.out.println("| what | Kodeks | baseline | note |\n| --- | --- | --- | --- |");
        System.out.printf(
                "| the Code, 1,000 articles (%d KB .docx) | %.0f ms | pandoc --reference-doc: %.0f ms | %.2f× faster; peak heap %d MB |%n",
                codeSize >> 10, code, pandoc, pandoc / code, peak >> 20);
        System.out.printf("| press release | %.1f ms | | template load, check, fill, save |%n", press);
        System.out.printf("| summary table, 5,000 comments | %.0f ms | | row loop over 5,000 items |%n", big);
        kg.kodeks.workspace.WorkspaceInit.deleteTree(work);
    }

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /** Runs once to warm up, then {@code n} times; the best time in milliseconds. */
    private static double best(int n, Work work) throws Exception {
        work.run();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - t) / 1e6);
        }
        return best;
    }

    private static void pandoc(Path md, Path out, Path reference) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(
                        "pandoc",
                        md.toString(),
                        "-f",
                        "markdown",
                        "-o",
                        out.toString(),
                        "--reference-doc",
                        reference.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("pandoc failed");
        }
    }

    /** A synthetic sample Code: 50 chapters of 20 articles, each with parts and points. */
    static String code(int articles) {
        StringBuilder sb = new StringBuilder("> ОБРАЗЕЦ: синтетический текст для замера скорости.\n\n");
        for (int a = 1; a <= articles; a++) {
            if (a % 20 == 1) {
                sb.append("## Глава ").append(a / 20 + 1).append(". Образец главы о полномочиях органов\n\n");
            }
            sb.append("### Статья ")
                    .append(a)
                    .append(". Полномочия органов местного самоуправления в сфере ")
                    .append(a)
                    .append("\n\n");
            for (int part = 1; part <= 3; part++) {
                sb.append(part)
                        .append(". Органы местного самоуправления в пределах своих полномочий решают вопросы, "
                                + "отнесённые к их ведению настоящим Кодексом, и отчитываются перед местным сообществом "
                                + "о результатах своей деятельности не реже одного раза в год.\n\n");
            }
            for (int point = 1; point <= 3; point++) {
                sb.append(point).append(") утверждают местный бюджет и отчёт о его исполнении;\n\n");
            }
        }
        return sb.toString();
    }

    private static Map<String, Object> comments(int n) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(Map.of(
                    "unit",
                    "ст. " + (i % 1000 + 1),
                    "author",
                    "Участник " + (i % 40),
                    "text",
                    "Образец замечания номер " + i + ": уточнить формулировку.",
                    "decision",
                    i % 3 == 0 ? "Отклонено" : "Принято",
                    "status",
                    i % 3 == 0 ? "rejected" : "accepted"));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("sample", true);
        data.put("sample_note", "ОБРАЗЕЦ");
        data.put("title", "Образец сводной таблицы");
        data.put("round", 1);
        data.put("date", "2020-03-15");
        data.put("comments", list);
        return data;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long totalRam() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
    }
}
