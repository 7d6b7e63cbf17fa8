package kg.kodeks.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A drafter reads the draft, its versions and what changed between them, in Chromium. */
class DraftBrowserTest {
    @TempDir
    static Path dir;

    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start(dir);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aDrafterComparesTheConceptWithTheVersionAfterTheMeetingWordByWord() throws Exception {
        browser.open("/draft/history?ui=ru&lang=rus");
        browser.await("table.versions");
        assertTrue(
                browser.text().contains("v1-concept") && browser.text().contains("v3-after-meeting"), browser.text());
        browser.screenshot("draft-history");

        browser.follow(browser.find("a[href='/draft/diff?lang=rus']"));
        browser.await("#diff-from");
        new Select(browser.find("#diff-from")).selectByValue("v1-concept");
        new Select(browser.find("#diff-to")).selectByValue("v3-after-meeting");
        browser.follow(browser.find("#diff-go"));
        browser.await(".diff-summary");

        List<WebElement> deleted = browser.driver().findElements(By.cssSelector("table.sxs td.old del"));
        List<WebElement> inserted = browser.driver().findElements(By.cssSelector("table.sxs td.new ins"));
        assertTrue(
                deleted.stream().anyMatch(d -> d.getText().equals("тридцати")),
                "the old term of publication is struck out");
        assertTrue(inserted.stream().anyMatch(i -> i.getText().equals("десяти")), "the new term is marked as inserted");
        assertTrue(browser.driver().findElements(By.cssSelector("td.new del")).isEmpty(), "deletions only on the left");
        String text = browser.text();
        assertTrue(text.contains("перенумерована") && text.contains("перенесена") && text.contains("добавлена"), text);
        assertTrue(
                text.contains("Статья 11 → Статья 10. Сессии местного кенеша"), "the renumbering shows both numbers");
        browser.screenshot("draft-diff");
        WebElement sessions = browser.find("section.change#chp_3__art_10");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", sessions);
        browser.screenshot("draft-diff-side-by-side");

        // The two columns share the width of a 1280-pixel window evenly.
        WebElement table = browser.find("table.sxs");
        WebElement left = table.findElement(By.cssSelector("td.old"));
        WebElement right = table.findElement(By.cssSelector("td.new"));
        assertTrue(
                Math.abs(left.getSize().getWidth() - right.getSize().getWidth()) <= 2,
                left.getSize() + " vs " + right.getSize());
        assertTrue(left.getSize().getWidth() > 400, "each side is wide enough to read: " + left.getSize());
    }

    @Test
    void aDrafterReadsTheDraftInKyrgyzAndFollowsASourceToTheLaw() throws Exception {
        browser.open("/draft?ui=ru&lang=rus");
        browser.await("article.draft-text");
        assertFalse(browser.driver().getPageSource().contains("<!-- source"), "annotations never show as comments");
        browser.screenshot("draft-text");
        browser.follow(browser.find("a[data-text-lang=kir]"));
        browser.await("a.current[data-text-lang=kir]");
        assertTrue(browser.text().contains("1-берене."), browser.text());
        WebElement source = browser.find("a.source");
        String target = source.getAttribute("href");
        browser.follow(source);
        browser.await("article.act");
        String anchor = target.substring(target.indexOf('#') + 1);
        assertEquals(1, browser.driver().findElements(By.id(anchor)).size(), "the link lands on the unit: " + target);
    }

    @Test
    void theCoverageLedgerShowsEachActAndTheOverallShare() throws Exception {
        browser.open("/draft/coverage?ui=ru&lang=rus");
        browser.await("table.coverage");
        assertTrue(browser.text().contains("Всего: Кодекс вбирает"), browser.text());
        assertFalse(browser.driver()
                .findElements(By.cssSelector("table.coverage tbody tr"))
                .isEmpty());
        browser.screenshot("draft-coverage");
        browser.open("/draft/lint?ui=ru");
        browser.await(".lint-summary");
        browser.screenshot("draft-lint");
        browser.open("/draft/article?id=10&ui=ru&lang=rus");
        browser.await("table.steps");
        browser.screenshot("draft-article");
    }
}
