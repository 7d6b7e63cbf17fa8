package kg.kodeks.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kg.kodeks.Workbench;
import kg.kodeks.corpus.ImportOptions;
import kg.kodeks.corpus.ImportedAct;
import kg.kodeks.model.Language;
import kg.kodeks.reliability.Attempts.Expect;
import kg.kodeks.reliability.Attempts.Result;
import kg.kodeks.reliability.HostileFiles.Sample;
import kg.kodeks.render.DocumentKind;
import kg.kodeks.workspace.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile DOCX files (not a zip, truncated, zip bombs, thousands of entries, entry names that
 * climb out, DOCTYPE and entities, wrong content types) against the three ways a DOCX enters
 * Kodeks: corpus import, a template in {@code templates/}, and a returned comment form. Each
 * goes through the facade and through the command line.
 */
class HostileDocxTest {
    @TempDir
    static Path dir;

    private static Workspace ws;
    private static Attempts attempts;
    private static Path inputs;
    private static Path out;

    @BeforeAll
    static void createWorkspace() throws Exception {
        ws = TestWorkspace.create(dir);
        attempts = new Attempts("hostile-docx", ws.root());
        inputs = Files.createDirectories(dir.resolve("inputs"));
        out = ws.root().resolve("out/press-release.docx");
    }

    @AfterAll
    static void writeReport() {
        attempts.report();
    }

    private static Path input(Sample sample) throws Exception {
        return Files.write(inputs.resolve(sample.name() + ".docx"), sample.bytes());
    }

    @Test
    void corpusImportRefusesEveryHostileDocx() throws Exception {
        byte[] valid = HostileFiles.docx(
                List.of(
                        "ЗАКОН КЫРГЫЗСКОЙ РЕСПУБЛИКИ",
                        "Об образце",
                        "Статья 1. Образец",
                        "Текст образца для проверки импорта."),
                List.of());
        List<Sample> samples = HostileFiles.docxVariants(valid);
        // Warm-up on an input that reaches docx4j, so its first-use loading is not measured.
        attempts.warmUp(() -> importApi(input(warmUp(samples))));
        attempts.warmUp(() ->
                attempts.cli("import", "--lang", "rus", input(warmUp(samples)).toString()));
        for (Sample sample : samples) {
            Path file = input(sample);
            attempts.attempt("import (facade)", sample.name(), Expect.REFUSED, () -> importApi(file));
            attempts.attempt(
                    "kodeks import",
                    sample.name(),
                    Expect.REFUSED,
                    () -> attempts.cli("import", "--lang", "rus", file.toString()));
        }
    }

    @Test
    void renderingRefusesEveryHostileTemplate() throws Exception {
        Path template = ws.templates().resolve("press-release.rus.docx");
        byte[] original = Files.readAllBytes(template);
        try {
            List<Sample> samples = HostileFiles.docxVariants(original);
            Files.write(template, warmUp(samples).bytes());
            attempts.warmUp(HostileDocxTest::renderApi);
            attempts.warmUp(HostileDocxTest::renderCli);
            for (Sample sample : samples) {
                Files.write(template, sample.bytes());
                attempts.attempt("render (facade)", sample.name(), Expect.REFUSED, HostileDocxTest::renderApi);
                attempts.attempt("kodeks render", sample.name(), Expect.REFUSED, HostileDocxTest::renderCli);
            }
        } finally {
            Files.write(template, original);
        }
    }

    @Test
    void commentFormImportRefusesEveryHostileDocx() throws Exception {
        byte[] valid = HostileFiles.docx(
                List.of("Форма замечаний (образец)"),
                List.of(
                        List.of("Структурная единица", "Замечание", "Предлагаемая редакция"),
                        List.of("ст. 12", "Образец замечания из формы", "")));
        List<Sample> samples = HostileFiles.docxVariants(valid);
        attempts.warmUp(() -> formApi(input(warmUp(samples))));
        attempts.warmUp(() -> formCli(input(warmUp(samples))));
        for (Sample sample : samples) {
            Path file = input(sample);
            attempts.attempt("review import (facade)", sample.name(), Expect.REFUSED, () -> formApi(file));
            attempts.attempt("kodeks review import", sample.name(), Expect.REFUSED, () -> formCli(file));
        }
    }

    private static Sample warmUp(List<Sample> samples) {
        return samples.stream()
                .filter(s -> s.name().equals("wrong-content-type"))
                .findFirst()
                .orElseThrow();
    }

    private static Result importApi(Path file) throws Exception {
        try (Workbench workbench = Workbench.open(ws)) {
            return Attempts.api(() -> {
                ImportedAct imported = workbench.importFile(file, ImportOptions.of(Language.RUS), null, false, false);
                return new Result(
                        imported.ok() ? 0 : 1,
                        imported.problems().stream()
                                .map(p -> p.describe(Locale.ENGLISH))
                                .collect(Collectors.joining("\n")));
            });
        }
    }

    private static Result renderApi() throws Exception {
        try (Workbench workbench = Workbench.open(ws)) {
            return Attempts.api(() -> {
                workbench.render().render(DocumentKind.PRESS_RELEASE, null, Language.RUS, out);
                return new Result(0, "");
            });
        }
    }

    private static Result renderCli() {
        return attempts.cli("render", "press-release", "--lang", "rus", "--out", out.toString());
    }

    private static Result formApi(Path file) throws Exception {
        try (Workbench workbench = Workbench.open(ws)) {
            return Attempts.api(() -> {
                int added = workbench
                        .review()
                        .importForm(file, TestWorkspace.ROUND, "Образцова А., пример")
                        .added()
                        .size();
                return new Result(added == 0 ? 1 : 0, "added " + added);
            });
        }
    }

    private static Result formCli(Path file) {
        return attempts.cli(
                "review",
                "import",
                file.toString(),
                "--round",
                TestWorkspace.ROUND,
                "--author",
                "Образцова А., пример");
    }
}
