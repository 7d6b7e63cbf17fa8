package kg.kodeks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    private static final String ACT = """
            ---
            id: /akn/kg/act/law/2011-07-15/101
            title: О местном самоуправлении
            lang: rus
            ---
            Статья 1. Понятия
            1. Органы местного самоуправления действуют в пределах полномочий.
            2. Органы местного самоуправления вправе:
            1) созывать сходы;
            2) проводить слушания.
            """;

    @TempDir
    Path dir;

    private Path workspace() throws Exception {
        Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(dir.resolve("corpus/lsg.rus.md"), ACT);
        return dir;
    }

    @Test
    void listsTheCorpusAsJsonWithTheSameOptionsBeforeOrAfterTheCommand() throws Exception {
        Path ws = workspace();
        for (String[] args : new String[][] {
            {"--workspace", ws.toString(), "--json", "corpus"},
            {"corpus", "--json", "--workspace", ws.toString()}
        }) {
            CliRun run = CliRun.of(args);
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
            JsonNode json = new ObjectMapper().readTree(run.out());
            JsonNode act = json.get("acts").get(0);
            assertEquals("/akn/kg/act/law/2011-07-15/101", act.get("id").asText());
            assertEquals("rus", act.get("lang").asText());
            assertEquals(1, act.get("articles").asInt());
            assertEquals(3, act.get("norms").asInt());
            assertEquals(0, json.get("errors").size());
        }
    }

    @Test
    void everySubcommandExplainsItselfWithHelp() throws Exception {
        CliRun run = CliRun.of("draft", "diff", "--help");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("Usage: kodeks draft diff"), run.out());
    }

    @Test
    void reportsABrokenFileByLineWithExitCodeOneAndStillListsTheOthers() throws Exception {
        Path ws = workspace();
        Files.writeString(ws.resolve("corpus/broken.rus.md"), """
                ---
                id: /akn/kg/act/law/2012-01-01/7
                title: Сломанный
                lang: rus
                ---
                1. Часть без статьи.
                """);
        CliRun run = CliRun.of("--workspace", ws.toString(), "--json", "corpus", "--ui", "en");
        assertEquals(ExitCodes.USER_ERROR, run.exitCode());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(1, json.get("acts").size());
        JsonNode error = json.get("errors").get(0);
        assertTrue(error.get("file").asText().endsWith("broken.rus.md"));
        assertEquals(6, error.get("line").asInt());
        assertTrue(error.get("message").asText().contains("outside any article"), error.toString());
    }

    @Test
    void userErrorsGiveAMessageInTheChosenLanguageAndNoStackTrace() {
        CliRun ru = CliRun.of("--workspace", dir.resolve("missing").toString(), "corpus");
        assertEquals(ExitCodes.USER_ERROR, ru.exitCode());
        assertTrue(ru.err().startsWith("Ошибка: рабочая папка"), ru.err());
        assertFalse(ru.err().contains("at kg.kodeks"), "no stack trace without --debug");

        CliRun ky =
                CliRun.of("--ui", "ky", "--workspace", dir.resolve("missing").toString(), "corpus");
        assertTrue(ky.err().startsWith("Ката:"), ky.err());

        CliRun debug = CliRun.of(
                "--debug", "--ui", "en", "--workspace", dir.resolve("missing").toString(), "corpus");
        assertTrue(debug.err().contains("at kg.kodeks"), "--debug shows the stack trace");
    }

    @Test
    void badArgumentsAreUserErrors() {
        CliRun run = CliRun.of("corpus", "--no-such-option");
        assertEquals(ExitCodes.USER_ERROR, run.exitCode());
        assertTrue(run.err().contains("--no-such-option"), run.err());
        CliRun lang = CliRun.of("--lang", "fr", "corpus");
        assertEquals(ExitCodes.USER_ERROR, lang.exitCode());
        assertTrue(lang.err().contains("kir"), lang.err());
    }

    @Test
    void initMakesAWorkspaceFromTheBundledSample() throws Exception {
        Path target = dir.resolve("ws");
        CliRun run = CliRun.of("--ui", "en", "init", target.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("Workspace created"), run.out());
        assertTrue(Files.isDirectory(target.resolve("corpus")));
        CliRun again = CliRun.of("--ui", "en", "init", target.toString());
        assertEquals(ExitCodes.USER_ERROR, again.exitCode());
        assertTrue(again.err().contains("already exists"), again.err());
    }
}
