package kg.kodeks.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kg.kodeks.reliability.Attempts.Expect;
import kg.kodeks.workspace.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text through the command line: wrong encodings, mixed scripts, control characters,
 * a 50 MB single line, deeply nested Markdown lists, 10,000 articles, and queries that are far
 * too long, look like regular expressions or are nothing but wildcards. Inputs that a user may
 * legitimately give (a wildcard query, a big act) may be handled; none may crash, print a stack
 * trace, change the workspace or take more than a second.
 */
class HostileTextTest {
    private static final String ACT = """
            ЗАКОН КЫРГЫЗСКОЙ РЕСПУБЛИКИ

            от 1 марта 2020 года № 5

            Об образце для проверок

            Статья 1. Предмет

            1. Настоящий образец нужен только для проверок Kodeks.

            2. Образец не является официальным текстом.
            """;

    @TempDir
    static Path dir;

    private static Workspace ws;
    private static Attempts attempts;
    private static Path inputs;

    @BeforeAll
    static void createWorkspace() throws Exception {
        ws = TestWorkspace.create(dir);
        attempts = new Attempts("hostile-text", ws.root());
        inputs = Files.createDirectories(dir.resolve("inputs"));
        // The first search builds the index in .kodeks/; later ones must not write.
        attempts.warmUp(() -> attempts.cli("search", "органы"));
        attempts.warmUp(() -> attempts.cli(
                "import", "--lang", "rus", "--dry-run", write("warm.txt", ACT).toString()));
    }

    @AfterAll
    static void writeReport() {
        attempts.report();
    }

    private static Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        return Files.write(inputs.resolve(name), bytes);
    }

    private void importText(String input, Path file, Expect expect) throws Exception {
        if (expect == Expect.REFUSED) {
            attempts.attempt(
                    "kodeks import", input, expect, () -> attempts.cli("import", "--lang", "rus", file.toString()));
        } else {
            // Such a file may import; --dry-run keeps the check that nothing is written meaningful.
            attempts.attempt(
                    "kodeks import --dry-run",
                    input,
                    expect,
                    () -> attempts.cli("import", "--lang", "rus", "--dry-run", file.toString()));
        }
    }

    @Test
    void importHoldsWrongEncodingsMixedScriptsAndControlCharacters() throws Exception {
        importText(
                "utf-16-without-bom",
                write("utf16.txt", ACT.getBytes(StandardCharsets.UTF_16LE)),
                Expect.REFUSED_OR_HANDLED);
        importText(
                "koi8-r-read-as-windows-1251",
                write("koi8.txt", ACT.getBytes(Charset.forName("KOI8-R"))),
                Expect.REFUSED_OR_HANDLED);
        importText("invalid-utf-8", write("invalid.txt", invalidUtf8()), Expect.REFUSED);
        importText(
                "latin-homoglyphs-in-headings",
                write("mixed.txt", ACT.replace("Статья", "Cтaтья").replace("ЗАКОН", "ЗAKOH")),
                Expect.REFUSED_OR_HANDLED);
        importText(
                "mixed-scripts",
                write("scripts.txt", ACT.replace("Предмет", "Предмет 条款 مادة Ὅρος עברית")),
                Expect.REFUSED_OR_HANDLED);
        importText(
                "control-characters",
                write(
                        "control.txt",
                        ACT.replace("Настоящий", "\u0000\u0007\u001b[31mНастоящий\u202e")
                                .replace("Статья 1", "Статья\u0000 1\u0008")),
                Expect.REFUSED_OR_HANDLED);
        importText(
                "only-control-characters",
                write("only-control.txt", "\u0000\u0001\u0002\u001b\u007f".repeat(1000)),
                Expect.REFUSED);
        importText("no-articles", write("prose.txt", "Просто письмо без статей.\n".repeat(200)), Expect.REFUSED);
    }

    @Test
    void importRefusesA50MegabyteSingleLine() throws Exception {
        Path big = inputs.resolve("single-line.txt");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] chunk = "Статья без конца строки ".repeat(4000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L << 20; written += chunk.length) {
                out.write(chunk);
            }
        }
        importText("50-mb-single-line", big, Expect.REFUSED);
        Files.delete(big);
    }

    @Test
    void importHandlesTenThousandArticles() throws Exception {
        StringBuilder act = new StringBuilder(ACT.substring(0, ACT.indexOf("Статья 1")));
        for (int i = 1; i <= 10_000; i++) {
            act.append("Статья ")
                    .append(i)
                    .append(". Образец ")
                    .append(i)
                    .append("\n\n")
                    .append("1. Текст образца номер ")
                    .append(i)
                    .append(".\n\n");
        }
        Path many = write("many.txt", act.toString());
        // The parser's code for long acts is compiled on first use; that is not what is measured.
        attempts.warmUp(() -> attempts.cli("import", "--lang", "rus", "--dry-run", many.toString()));
        importText("10000-articles", many, Expect.REFUSED_OR_HANDLED);
    }

    @Test
    void renderingHoldsDeeplyNestedMarkdownLists() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int depth = 0; depth < 500; depth++) {
            body.append("  ".repeat(depth)).append("- уровень ").append(depth).append('\n');
        }
        StringBuilder quotes = new StringBuilder();
        quotes.append(">".repeat(5000)).append(" цитата\n");
        Map<String, String> bodies =
                Map.of("nested-list-500-levels", body.toString(), "nested-quotes-5000-levels", quotes.toString());
        Path outside = Files.createDirectories(dir.resolve("outside"));
        attempts.warmUp(() -> attempts.cli(
                "render",
                "press-release",
                "--lang",
                "rus",
                "--out",
                outside.resolve("warm-up.docx").toString()));
        for (Map.Entry<String, String> e : bodies.entrySet()) {
            String yaml = Files.readString(ws.documents().resolve("press-release.rus.yaml"));
            String data = yaml.substring(0, yaml.indexOf("body: |")) + "body: |\n"
                    + e.getValue().lines().map(l -> "  " + l).reduce("", (a, b) -> a + b + "\n");
            Path file = write(e.getKey() + ".yaml", data);
            Path out = outside.resolve(e.getKey() + ".docx");
            attempts.attempt(
                    "kodeks render",
                    e.getKey(),
                    Expect.REFUSED_OR_HANDLED,
                    () -> attempts.cli(
                            "render",
                            "press-release",
                            "--lang",
                            "rus",
                            "--data",
                            file.toString(),
                            "--out",
                            out.toString()));
            if (Files.exists(out)) {
                assertTrue(HostileFiles.entries(Files.readAllBytes(out)).containsKey("word/document.xml"), e.getKey());
            }
        }
    }

    @Test
    void searchHoldsHugeRegexLikeAndWildcardOnlyQueries() throws Exception {
        attempts.attempt(
                "kodeks search",
                "100k-character-query",
                Expect.REFUSED,
                () -> attempts.cli("search", "орган ".repeat(20_000)));
        List<String> queries = new ArrayList<>(List.of(
                "*",
                "?",
                "**",
                "*?*",
                "???*",
                "*а*",
                "/.*/",
                "/[а-я]{1,100000}/",
                "/(a+)+$/",
                "((((((((",
                "\"незакрытая",
                "AND OR NOT",
                "~",
                "орган~2",
                "орган~~~",
                "[а TO я]",
                "{* TO *}",
                "\\",
                "^",
                "title:*",
                "exact:/.*/",
                "орган^1000000",
                "\u0000",
                "\u202eорган",
                "орг*н",
                "-орган",
                "+",
                "&&",
                "||",
                "!!",
                ":",
                "\"\"",
                "(",
                ")"));
        queries.add("(".repeat(400) + "орган" + ")".repeat(400));
        queries.add("a* ".repeat(300));
        queries.add("\"" + "орган ".repeat(150) + "\"~100000");
        for (String query : queries) {
            String shown = query.length() > 40 ? query.substring(0, 40) + "… (" + query.length() + " chars)" : query;
            attempts.attempt("kodeks search", shown, Expect.REFUSED_OR_HANDLED, () -> attempts.cli("search", query));
        }
    }

    private static byte[] invalidUtf8() {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0xC0 | (i % 2 == 0 ? 0x3F : 0x00));
        }
        return bytes;
    }
}
