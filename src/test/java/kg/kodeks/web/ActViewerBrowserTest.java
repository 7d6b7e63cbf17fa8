package kg.kodeks.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** An expert opens an act from the list and switches the interface to Kyrgyz, in Chromium. */
class ActViewerBrowserTest {
    @TempDir
    Path dir;

    @Test
    void anExpertOpensAnActFromTheListAndReadsItInKyrgyz() throws Exception {
        try (Browser browser = Browser.start(dir)) {
            browser.open("/acts?ui=ru");
            browser.follow(browser.driver().findElement(By.partialLinkText("О местном самоуправлении")));
            browser.await("#chp_1__art_1");
            assertTrue(browser.text().contains("Статья 1."), browser.text());
            browser.screenshot("act-viewer");
            browser.follow(browser.find("a[hreflang=ky]"));
            browser.await("a.current[hreflang=ky]");
            assertTrue(browser.text().contains("Актылар"), browser.text());
        }
    }
}
