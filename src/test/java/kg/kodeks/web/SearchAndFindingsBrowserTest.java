package kg.kodeks.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import kg.kodeks.findings.DecisionStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An expert searches the sample corpus and opens a hit, then confirms a finding, in Chromium. */
class SearchAndFindingsBrowserTest {
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
    void anExpertSearchesFromTheHomePageAndOpensAHitAtItsUnit() throws Exception {
        browser.open("/?ui=ru");
        WebElement box = browser.find("main input[name=q]");
        box.sendKeys("бюджет");
        box.submit();
        // The first search may show the index being prepared; the page reloads itself until the hits come.
        WebElement first = new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(90))
                .until(d -> d.findElements(By.cssSelector("a.hit-link")).stream()
                        .findFirst()
                        .orElse(null));
        assertTrue(browser.text().contains("Найдено:"), browser.text());
        assertTrue(
                browser.driver().findElements(By.cssSelector(".snippet mark")).size() > 0, "matches are marked");
        assertTrue(
                browser.driver().findElements(By.cssSelector(".hit-parallel")).size() > 0, "parallel units shown");
        browser.screenshot("search");
        browser.find(".hit .copy").click();
        browser.await(".hit .copy.copied");
        String href = first.getAttribute("href");
        String eid = href.substring(href.indexOf('#') + 1);
        browser.follow(first);
        WebElement unit = browser.await("section[id='" + eid + "']");
        assertTrue(browser.driver().getCurrentUrl().contains("/act?id=")
                && browser.driver().getCurrentUrl().endsWith("#" + eid));
        Object top = ((JavascriptExecutor) browser.driver())
                .executeScript("return arguments[0].getBoundingClientRect().top;", unit);
        double y = ((Number) top).doubleValue();
        assertTrue(y >= -1 && y < 200, "the unit is scrolled to the top of the window, at " + y);
    }

    @Test
    void anExpertConfirmsAFindingWithAReasonAndSeesItMarked() throws Exception {
        browser.open("/findings?type=conflict&ui=ru");
        browser.await("article.finding mark");
        browser.screenshot("findings");
        WebElement idLink = browser.find("article.finding .finding-id");
        String id = idLink.getText();
        browser.follow(idLink);
        browser.await("form.decide");
        browser.find("form.decide input[value=confirmed]").click();
        browser.find("form.decide textarea[name=reason]").sendKeys("Сроки должны совпадать: уточнить в Кодексе");
        browser.follow(browser.find("form.decide button"));
        browser.await(".finding-saved");
        assertTrue(browser.text().contains("Решение записано."), browser.text());
        assertTrue(browser.find("article.finding .decision-tag").getText().contains("подтверждено"));
        assertTrue(browser.find("article.finding .decision")
                .getText()
                .contains("Сроки должны совпадать: уточнить в Кодексе"));
        assertTrue(Files.readString(browser.workbench().workspace().drafts().resolve(DecisionStore.FILE))
                .contains(id));
        browser.screenshot("finding-confirmed");

        browser.follow(browser.find("article.finding .finding-unit a"));
        WebElement badge = browser.await("a.badge.dec-confirmed[href='/findings/" + id + "']");
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(5))
                .until(ExpectedConditions.visibilityOf(badge));
        assertEquals("противоречие", badge.getText().replace("✓", "").trim());
        browser.screenshot("act-marks");
    }
}
