package kg.kodeks.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import kg.kodeks.Workbench;
import kg.kodeks.workspace.Workspace;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on a real server: a fresh copy of the bundled sample workspace (its draft with
 * the sample history), the web workbench on a free loopback port, and Debian's Chromium driven
 * headless through its chromedriver. Screenshots go to {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Workbench workbench;
    private final Javalin app;
    private final ChromeDriver driver;

    private Browser(Workbench workbench, Javalin app, ChromeDriver driver) {
        this.workbench = workbench;
        this.app = app;
        this.driver = driver;
    }

    /** Skips the calling test, saying what to install, when the browser is not on this machine. */
    static void assumeInstalled() {
        assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium is missing: install the Debian packages chromium and chromium-driver (.ci/run does)");
    }

    /** Starts everything over a new workspace made in {@code dir}. */
    static Browser start(Path dir) throws Exception {
        return start(dir, java.util.Map.of());
    }

    /**
     * Starts everything with Chromium preferences, for instance {@code download.default_directory}
     * for a test that downloads a file.
     */
    static Browser start(Path dir, java.util.Map<String, Object> prefs) throws Exception {
        assumeInstalled();
        // Selenium warns that it has no DevTools bindings for this Chromium; the tests do not use them.
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
        Workbench workbench = Workbench.init(new Workspace(Path.of("").toAbsolutePath(), true), dir.resolve("ws"));
        Javalin app = WebServer.create(workbench, false).start("127.0.0.1", 0);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        if (!prefs.isEmpty()) {
            options.setExperimentalOption("prefs", prefs);
        }
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000",
                "--lang=ru",
                "--user-data-dir=" + dir.resolve("chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(workbench, app, driver);
        } catch (RuntimeException e) {
            app.stop();
            workbench.close();
            throw e;
        }
    }

    Workbench workbench() {
        return workbench;
    }

    WebDriver driver() {
        return driver;
    }

    String base() {
        return "http://127.0.0.1:" + app.port();
    }

    /** Opens a path of the workbench, e.g. {@code /search?q=бюджет}. */
    Browser open(String path) {
        driver.get(base() + path);
        return this;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /**
     * Clicks something that loads a new page (a link, a form's button) and waits until the old
     * page is gone, so that the next {@link #await} cannot find its element on the old page.
     */
    void follow(WebElement clickable) {
        // A mark on the old page's window: a new page has a new window object without it. Asking
        // an old element whether it went stale is not enough, as Chromium sometimes answers
        // that question with an "unknown error" while the page is being replaced.
        driver.executeScript("window.kodeksOldPage = true");
        clickable.click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "return window.kodeksOldPage === undefined && document.readyState === 'complete'")));
    }

    /** Waits (up to ten seconds) until an element matching {@code css} is on the page. */
    WebElement await(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d ->
                        d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME.png}. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path png = SCREENSHOTS.resolve(name + ".png");
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.move(shot, png, StandardCopyOption.REPLACE_EXISTING);
        return png;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            app.stop();
            workbench.close();
        }
    }
}
