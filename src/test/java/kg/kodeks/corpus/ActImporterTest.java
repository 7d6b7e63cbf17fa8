package kg.kodeks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kg.kodeks.error.Problem;
import kg.kodeks.model.Act;
import kg.kodeks.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActImporterTest {
    static final String RU_EXPORT = """
            ЗАКОН КЫРГЫЗСКОЙ РЕСПУБЛИКИ

            от 15 июля 2011 года №\u00a0101

            О местном самоуправлении

            (В редакции Закона КР от 12 марта 2019 года № 37)

            Глава 1. Общие положения

            Статья 1. Предмет

            1. Настоящий Закон определяет основы мест\u00adного само-
            управления.

            Закон «О местном самоуправлении»
            Страница 1 из 3

            2. Закон действует на всей территории.

            Статья 2. Утратила силу

            Закон «О местном самоуправлении»
            Страница 2 из 3

            Статья 3. Права

            Органы вправе:
            1) созывать сходы;
            2) проводить слушания.

            Закон «О местном самоуправлении»
            Страница 3 из 3
            """;
    static final String KY_EXPORT = """
            КЫРГЫЗ РЕСПУБЛИКАСЫНЫН МЫЙЗАМЫ

            2011-жылдын 15-июлундагы № 101

            Жергиликтүү өз алдынча башкаруу жөнүндө

            1-глава. Жалпы жоболор

            1-берене. Предмети

            1. Бул Мыйзам жергиликтүү өз алдынча башкаруунун негиздерин аныктайт.
            2. КР 2019-жылдын 5-апрелиндеги № 45 Мыйзамына ылайык күчүн жоготту.
            """;

    @TempDir
    Path dir;

    private ImportedAct importBytes(String name, byte[] bytes, ImportOptions options) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return ActImporter.read(file, name, options);
    }

    static void assertRussianExport(ImportedAct imported) {
        assertTrue(imported.ok(), imported.problems().toString());
        Act act = imported.act();
        assertEquals("/akn/kg/act/law/2011-07-15/101", act.meta().work().uri());
        assertEquals("О местном самоуправлении", act.meta().title());
        assertEquals(
                List.of("В редакции Закона КР от 12 марта 2019 года № 37"),
                act.meta().notes());
        assertEquals(3, act.articleCount());
        assertEquals(
                "Настоящий Закон определяет основы местного самоуправления.",
                act.find("art_1__para_1").orElseThrow().text());
        assertEquals(
                "Закон действует на всей территории.",
                act.find("art_1__para_2").orElseThrow().text(),
                "the running header and the page footer are gone");
        assertTrue(act.find("art_2").orElseThrow().repealed());
        assertEquals(5, act.norms().size(), "two parts, the repealed article, two points");
        assertEquals("", act.preamble());
    }

    @Test
    void importsWindows1251PlainText() throws Exception {
        ImportedAct imported = importBytes(
                "zakon.txt",
                RU_EXPORT.replace("\n", "\r\n").getBytes(Charset.forName("windows-1251")),
                ImportOptions.of(Language.RUS));
        assertRussianExport(imported);
        assertEquals("zakon", imported.baseName());
    }

    @Test
    void importsUtf8PlainTextWithAndWithoutByteOrderMark() throws Exception {
        assertRussianExport(
                importBytes("a.txt", RU_EXPORT.getBytes(StandardCharsets.UTF_8), ImportOptions.of(Language.RUS)));
        assertRussianExport(importBytes(
                "b.txt", ("\uFEFF" + RU_EXPORT).getBytes(StandardCharsets.UTF_8), ImportOptions.of(Language.RUS)));
        assertRussianExport(importBytes(
                "c.txt", ("\uFEFF" + RU_EXPORT).getBytes(StandardCharsets.UTF_16LE), ImportOptions.of(Language.RUS)));
    }

    @Test
    void importsKyrgyzPlainTextAndReadsTheIdentityFromTheKyrgyzHeading() throws Exception {
        ImportedAct imported = importBytes(
                "мыйзам 101.kir.txt", KY_EXPORT.getBytes(StandardCharsets.UTF_8), ImportOptions.of(Language.KIR));
        assertTrue(imported.ok(), imported.problems().toString());
        assertEquals("/akn/kg/act/law/2011-07-15/101/kir", imported.act().meta().expression());
        assertEquals(
                "Жергиликтүү өз алдынча башкаруу жөнүндө", imported.act().meta().title());
        assertTrue(imported.act().find("art_1__para_2").orElseThrow().repealed());
        assertEquals("myyzam-101", imported.baseName());
    }

    @Test
    void theWrittenMarkdownReadsBackAsTheImportedAct() throws Exception {
        ImportedAct imported =
                importBytes("z.txt", RU_EXPORT.getBytes(StandardCharsets.UTF_8), ImportOptions.of(Language.RUS));
        ActFile reread = ActReader.parse(null, "z.rus.md", imported.markdown());
        assertTrue(reread.ok());
        assertEquals(ActWriter.withoutLines(imported.act()), ActWriter.withoutLines(reread.act()));
        assertTrue(imported.markdown().startsWith("---\nid: /akn/kg/act/law/2011-07-15/101\n"), imported.markdown());
    }

    @Test
    void optionsGiveWhatTheTextLacksAndWinOverWhatItSays() throws Exception {
        String bare = "Статья 1. Предмет\n1. Текст.\n";
        ImportedAct missing =
                importBytes("bare.txt", bare.getBytes(StandardCharsets.UTF_8), ImportOptions.of(Language.RUS));
        assertFalse(missing.ok());
        Problem problem = missing.problems().get(0);
        assertEquals("bare.txt", problem.file());
        assertTrue(problem.message().contains("--type --date --number --title"), problem.message());

        ImportOptions given =
                new ImportOptions(Language.RUS, "/akn/kg/act/law/2020-01-02/5", "Об образце", null, null, null, null);
        ImportedAct ok = importBytes("bare2.txt", bare.getBytes(StandardCharsets.UTF_8), given);
        assertTrue(ok.ok(), ok.problems().toString());
        assertEquals("/akn/kg/act/law/2020-01-02/5", ok.act().meta().work().uri());

        ImportOptions override = new ImportOptions(Language.RUS, null, null, null, "101-a", "2011-07-16", null);
        ImportedAct overridden = importBytes("r.txt", RU_EXPORT.getBytes(StandardCharsets.UTF_8), override);
        assertEquals(
                "/akn/kg/act/law/2011-07-16/101-a",
                overridden.act().meta().work().uri());
        assertEquals("О местном самоуправлении", overridden.act().meta().title());
    }

    @Test
    void aMissingTitleAloneIsNamed() throws Exception {
        String noTitle = "ЗАКОН КЫРГЫЗСКОЙ РЕСПУБЛИКИ\nот 15 июля 2011 года № 101\n\nСтатья 1. Предмет\n1. Текст.\n";
        ImportedAct imported =
                importBytes("t.txt", noTitle.getBytes(StandardCharsets.UTF_8), ImportOptions.of(Language.RUS));
        assertTrue(
                imported.problems().get(0).message().contains("pass --title ("),
                imported.problems().toString());
    }

    @Test
    void badOptionsAreReportedNotThrown() throws Exception {
        ImportOptions bad = new ImportOptions(Language.RUS, null, null, null, null, "15.07.2011", null);
        ImportedAct imported = importBytes("d.txt", RU_EXPORT.getBytes(StandardCharsets.UTF_8), bad);
        assertFalse(imported.ok());
        assertTrue(imported.problems().get(0).message().contains("YYYY-MM-DD"));
    }

    @Test
    void aStructureErrorNamesTheFileAndTheLineOfTheExport() throws Exception {
        String text = "ЗАКОН КЫРГЫЗСКОЙ РЕСПУБЛИКИ\nот 15 июля 2011 года № 101\nО местном самоуправлении\n\n"
                + "Вводный текст.\n1) пункт без статьи;\nСтатья 1. Предмет\n";
        ImportedAct imported =
                importBytes("bad.txt", text.getBytes(StandardCharsets.UTF_8), ImportOptions.of(Language.RUS));
        assertFalse(imported.ok());
        assertNull(imported.act());
        Problem problem = imported.problems().get(0);
        assertEquals("bad.txt", problem.file());
        assertEquals(6, problem.line());
        assertTrue(problem.message().contains("outside any article"));
    }

    @Test
    void aTextWithoutArticlesIsRefused() throws Exception {
        String text =
                "ЗАКОН КЫРГЫЗСКОЙ РЕСПУБЛИКИ\nот 15 июля 2011 года № 101\nО местном самоуправлении\n\nТолько текст.\n";
        ImportedAct imported =
                importBytes("n.txt", text.getBytes(StandardCharsets.UTF_8), ImportOptions.of(Language.RUS));
        assertEquals("import.noArticles", imported.problems().get(0).key());
    }

    @Test
    void unknownAndBinaryFormatsAreRefusedWithAMessage() throws Exception {
        assertEquals(
                "import.unknownFormat",
                importBytes("a.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), ImportOptions.of(Language.RUS))
                        .problems()
                        .get(0)
                        .key());
        assertEquals(
                "import.legacyDoc",
                importBytes(
                                "a.doc",
                                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
                                ImportOptions.of(Language.RUS))
                        .problems()
                        .get(0)
                        .key());
        assertEquals(
                "import.binary",
                importBytes("a.txt", new byte[] {'a', 0, 1, 2, 3, 0, 0}, ImportOptions.of(Language.RUS))
                        .problems()
                        .get(0)
                        .key());
        ImportedAct missing = ActImporter.read(dir.resolve("none.txt"), "none.txt", ImportOptions.of(Language.RUS));
        assertEquals("import.read", missing.problems().get(0).key());
    }

    @Test
    void aCoverLineBeforeTheHeadingStaysAsPreamble() throws Exception {
        String text = "ОБРАЗЕЦ ВЫГРУЗКИ.\n\n" + RU_EXPORT;
        ImportedAct imported =
                importBytes("p.txt", text.getBytes(StandardCharsets.UTF_8), ImportOptions.of(Language.RUS));
        assertTrue(imported.ok(), imported.problems().toString());
        assertEquals("ОБРАЗЕЦ ВЫГРУЗКИ.", imported.act().preamble());
    }

    @Test
    void corpusFileNamesAreLatinAndSafe() throws Exception {
        assertEquals("zakon-o-mestnom", CorpusFileName.of(Path.of("Закон о местном.rus.cp1251.txt")));
        assertEquals("lsg", CorpusFileName.checked("lsg.rus.md"));
        assertEquals("my-act_2", CorpusFileName.checked("my-act_2"));
        for (String bad : new String[] {"../x", "a/b", "", ".hidden"}) {
            org.junit.jupiter.api.Assertions.assertThrows(
                    kg.kodeks.error.KodeksException.class, () -> CorpusFileName.checked(bad), bad);
        }
    }

    @Test
    void runningHeadersInsideTheBodyAreDropped() {
        List<SourceLine> lines = TextCleaner.dropRunningHeaders(TextCleaner.lines(
                "Заголовок\nСтатья 1. А\nЗаголовок\n1. Текст.\nЗаголовок\nУтратила силу\nУтратила силу\nУтратила силу\n",
                1));
        assertEquals("Заголовок", lines.get(0).text());
        assertEquals("", lines.get(2).text());
        assertEquals("", lines.get(4).text());
        assertEquals("Утратила силу", lines.get(7).text(), "repeals are never headers");
    }

    @Test
    void theSignatureBlockAfterTheLastArticleIsNotText() throws Exception {
        String text = RU_EXPORT + """

                Президент Кыргызской Республики                А. Б. Фамилиев

                Принят Жогорку Кенешем Кыргызской Республики 16 июня 2011 года
                © Сайт базы данных
                """;
        ImportedAct imported =
                importBytes("s.txt", text.getBytes(StandardCharsets.UTF_8), ImportOptions.of(Language.RUS));
        assertTrue(imported.ok(), imported.problems().toString());
        assertEquals(
                "проводить слушания.",
                imported.act().find("art_3__point_2").orElseThrow().text());
        String ky = KY_EXPORT + "Кыргыз Республикасынын Президенти А. Фамилиев\n";
        ImportedAct kyrgyz = importBytes("k.txt", ky.getBytes(StandardCharsets.UTF_8), ImportOptions.of(Language.KIR));
        assertTrue(kyrgyz.act().find("art_1__para_2").orElseThrow().text().endsWith("күчүн жоготту."));
    }

    @Test
    void aRussianTextImportedAsKyrgyzIsRefusedNamingTheRightLanguage() throws Exception {
        ImportedAct imported =
                importBytes("ru.txt", RU_EXPORT.getBytes(StandardCharsets.UTF_8), ImportOptions.of(Language.KIR));
        assertFalse(imported.ok());
        Problem problem = imported.problems().get(0);
        assertEquals("import.languageMismatch", problem.key());
        assertTrue(problem.message().contains("pass --lang rus"), problem.message());
        ImportedAct kyrgyz =
                importBytes("ky.txt", KY_EXPORT.getBytes(StandardCharsets.UTF_8), ImportOptions.of(Language.RUS));
        assertTrue(kyrgyz.problems().get(0).message().contains("pass --lang kir"));
    }
}
