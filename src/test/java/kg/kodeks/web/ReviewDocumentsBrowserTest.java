package kg.kodeks.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In Chromium: the secretariat opens a review round, a member comments on a part of an article,
 * a drafter decides on the comment; then a document is rendered and downloaded.
 */
class ReviewDocumentsBrowserTest {
    @TempDir
    static Path dir;

    private static Path downloads;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        downloads = Files.createDirectories(dir.resolve("downloads"));
        browser = Browser.start(
                dir, Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void opensARoundCommentsOnAPartAndDecidesTheComment() throws Exception {
        browser.open("/review?ui=ru");
        new Select(browser.find("#open-round select[name=version]")).selectByValue("v2-iwg");
        browser.follow(browser.find("#open-round button"));
        browser.await("#add-comment");
        assertTrue(browser.text().contains("Раунд обсуждения r"), browser.text());

        new Select(browser.find("#add-comment select[name=unit]")).selectByValue("art_9__para_2");
        browser.follow(browser.find("#add-comment button"));
        WebElement refused =
                browser.await("#add-comment").findElement(By.xpath("preceding-sibling::p[@class='error']"));
        assertEquals("Напишите текст замечания.", refused.getText());
        assertEquals(
                "art_9__para_2",
                new Select(browser.find("#add-comment select[name=unit]"))
                        .getFirstSelectedOption()
                        .getAttribute("value"),
                "the chosen unit is kept");
        browser.screenshot("review-round-refused");
        browser.find("#add-comment textarea[name=text]").sendKeys("Следует указать форму подотчётности кенеша.");
        browser.find("#add-comment textarea[name=proposal]").sendKeys("Местный кенеш ежегодно отчитывается.");
        browser.follow(browser.find("#add-comment button"));
        WebElement comment = browser.await("article.comment");
        assertTrue(comment.getText().contains("часть 2 статьи 9"), comment.getText());
        assertTrue(comment.getText().contains("не рассмотрено"), comment.getText());

        comment.findElement(By.cssSelector("details.decide summary")).click();
        comment.findElement(By.cssSelector("input[value=partly]")).click();
        comment.findElement(By.cssSelector("textarea[name=reason]")).sendKeys("Учтено в части 2 статьи 9.");
        browser.follow(comment.findElement(By.cssSelector(".decide-form button")));
        WebElement decided = browser.await("article.comment.state-partly");
        assertTrue(decided.getText().contains("Учтено в части 2 статьи 9."), decided.getText());
        assertTrue(browser.text().contains("Статья 8"), "grouped under its article in the newest version");
        // The answer to a form jumps to the comment; the screenshot shows the page from its top.
        browser.driver().get(browser.driver().getCurrentUrl().replaceAll("#.*", ""));
        browser.await("article.comment");
        browser.screenshot("review-round");

        browser.open("/review?ui=ru");
        browser.await("table.rounds");
        assertTrue(browser.text().contains("v2-iwg"), browser.text());
        browser.screenshot("review");
    }

    @Test
    void rendersAPressReleaseAndDownloadsIt() throws Exception {
        browser.open("/documents?ui=ru");
        browser.find("input[name=kind][value=press-release]").click();
        new Select(browser.find("#render-form select[name=lang]")).selectByValue("kir");
        browser.screenshot("documents");
        browser.find("#render-form button").click();
        Path file = downloads.resolve("press-release.kir.docx");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> Files.isRegularFile(file) && !partialDownloads());
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {'P', 'K', 3, 4}, Arrays.copyOf(bytes, 4), "a zip");
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertTrue(zip.getEntry("word/document.xml") != null, "a Word document");
        }

        browser.open("/documents/templates?ui=ru");
        browser.await("table.template-checks");
        List<WebElement> ok = browser.driver().findElements(By.cssSelector("tr.check-ok"));
        assertEquals(16, ok.size(), browser.text());
        browser.screenshot("documents-templates");
    }

    private static boolean partialDownloads() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
        } catch (java.io.IOException e) {
            return true;
        }
    }
}
