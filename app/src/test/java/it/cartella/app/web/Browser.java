package it.cartella.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The one headless Chromium of the test JVM, Debian's {@code chromium} driven by its {@code chromedriver}, with
 * what every page check needs: axe-core's accessibility rules and screenshots under {@code target/screenshots}.
 * Started on first use and closed when the JVM ends, so the browser tests share it as they share the Spring context.
 */
final class Browser {

    static final Dimension DESKTOP = new Dimension(1366, 768);
    static final Dimension TABLET = new Dimension(820, 1180);

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static Browser instance;

    private final WebDriver driver;
    private final String axeSource;
    private final ObjectMapper json = new ObjectMapper();
    private Dimension viewport = DESKTOP;

    private Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("CHROMIUM", "/usr/bin/chromium"));
        Path profile;
        try {
            profile = Files.createTempDirectory("cartella-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The machine has no internet: without these switches Chromium keeps trying to reach Google's services.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=it-IT", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(executable("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
            axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
    }

    static synchronized Browser get() {
        if (instance == null) {
            instance = new Browser();
        }
        return instance;
    }

    WebDriver driver() {
        return driver;
    }

    /** Sizes the page's viewport, not the window: headless Chromium counts a window frame around it. */
    void size(Dimension viewport) {
        driver.manage().window().setSize(viewport);
        @SuppressWarnings("unchecked")
        List<Number> inner = (List<Number>) ((JavascriptExecutor) driver)
                .executeScript("return [window.innerWidth, window.innerHeight];");
        driver.manage().window().setSize(new Dimension(2 * viewport.width - inner.get(0).intValue(),
                2 * viewport.height - inner.get(1).intValue()));
        this.viewport = viewport;
    }

    /** Serious and critical WCAG 2.1 A/AA violations on the page as shown now, as "rule: target" lines. */
    List<String> seriousAccessibilityViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axeSource);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{id: 'axe-error',
                         impact: 'critical', nodes: [{target: [String(e)]}]}])));
                """);
        List<String> serious = new ArrayList<>();
        try {
            for (JsonNode violation : json.readTree((String) result)) {
                String impact = violation.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    for (JsonNode node : violation.path("nodes")) {
                        serious.add(violation.path("id").asText() + ": " + node.path("target"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return serious;
    }

    /** Waits up to 30 s for the element; fails with the page's address and text, to tell what came instead. */
    void waitFor(By locator) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(locator));
        } catch (TimeoutException e) {
            throw new AssertionError("No " + locator + " on " + driver.getCurrentUrl() + ":\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    /**
     * Signs in with the demo password on the page at {@code loginUrl}, in the session the browser has: a page asked
     * for before signing in is where the sign-in then leads.
     */
    void signIn(String loginUrl, String username) {
        driver.get(loginUrl);
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo" + Keys.ENTER);
        waitFor(By.cssSelector(".signed-in"));
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + "-" + viewport.width + "x" + viewport.height + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String executable(String variable, String fallback) {
        String configured = System.getenv(variable);
        return configured == null || configured.isBlank() ? fallback : configured;
    }
}
