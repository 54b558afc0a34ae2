package dev.empathy.examples.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The agent page in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; never a
 * downloaded browser or driver). With {@code CI=true} a missing browser fails; elsewhere the test skips.
 * Screenshots go to {@code examples/target/agent-page*.png}.
 */
class AgentPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final int BODY_LIMIT = 4096;

    private RunningServer running;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser(@TempDir Path profile) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "no headless browser: install Debian's chromium and chromium-driver "
                    + "(apt-get install -y chromium chromium-driver) for " + CHROMIUM + " and " + CHROMEDRIVER;
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true: " + message);
            }
            Assumptions.abort("skipped, " + message);
        }
        running = new RunningServer(ServerSettings.defaults(0).withMaxBodyBytes(BODY_LIMIT));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--disable-extensions", "--user-data-dir=" + profile, "--window-size=1280,1100");
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (running != null) {
            running.close();
        }
    }

    /** The text of every element matching {@code css}, read in one script so a re-render cannot interleave. */
    @SuppressWarnings("unchecked")
    private List<String> texts(String css) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0]), e => e.textContent);", css);
    }

    private void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void highlightsTheCustomerAndTheDraftAndAppliesASuggestion() throws Exception {
        browser.get(running.uri("/").toString());
        WebElement customer = browser.findElement(By.id("customer"));
        WebElement draft = browser.findElement(By.id("draft"));

        customer.sendKeys("I have been waiting three weeks for my refund and nobody answers!!");
        wait.until(b -> !texts("#customer-marks mark.cue").isEmpty());
        assertThat(browser.findElement(By.id("emotion")).getText()).containsIgnoringCase("frustration");
        assertThat(texts("#customer-marks mark.cue")).contains("been waiting three weeks", "nobody answers");
        assertThat(texts("#signals li")).anyMatch(signal -> signal.startsWith("long-wait"));
        assertThat(browser.findElement(By.cssSelector("#reading .situation")).getText()).startsWith("Situation: ");
        assertThat(browser.findElements(By.cssSelector("#openings button"))).isNotEmpty();

        draft.sendKeys("Calm down. You should have read the policy. There is nothing I can do.");
        wait.until(b -> texts("#draft-marks mark.finding").size() >= 3);
        assertThat(texts("#draft-marks mark.finding")).contains("Calm down", "You should have", "nothing I can do");
        assertThat(texts("#findings li.finding")).anyMatch(item -> item.contains("dismisses their feelings"));
        assertThat(browser.findElement(By.id("score-score")).getText()).startsWith("Draft score");

        WebElement firstSuggestion = browser.findElement(By.cssSelector("#findings li.finding button.suggestion"));
        String replacement = firstSuggestion.getText();
        firstSuggestion.click();
        assertThat(draft.getAttribute("value")).startsWith(replacement + ".").doesNotContain("Calm down");
        wait.until(b -> !texts("#draft-marks mark.finding").isEmpty() && !texts("#draft-marks mark.finding").contains("Calm down"));

        String opening = browser.findElement(By.cssSelector("#openings li div")).getText();
        String before = draft.getAttribute("value");
        browser.findElement(By.cssSelector("#openings button.insert")).sendKeys(Keys.ENTER);   // keyboard, not the mouse
        assertThat(draft.getAttribute("value")).isEqualTo(opening + " " + before);
        wait.until(b -> texts("#draft-marks mark.finding").size() >= 2);
        screenshot("agent-page.png");

        browser.manage().window().setSize(new Dimension(360, 1400));
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("horizontal overflow at 360 px").isLessThanOrEqualTo(0L);
        screenshot("agent-page-360.png");
    }

    @Test
    void showsTheServersErrorForAnOverLongMessage() throws Exception {
        browser.get(running.uri("/").toString());
        WebElement customer = browser.findElement(By.id("customer"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = 'My order is late. '.repeat(400);", customer);
        customer.sendKeys("!");

        WebElement error = browser.findElement(By.id("error"));
        wait.until(b -> error.isDisplayed());

        assertThat(error.getText()).isEqualTo("Customer's message: request body is larger than the limit of "
                + BODY_LIMIT + " bytes (--max-body)");
        assertThat(running.classifier.calls.get()).isZero();
        screenshot("agent-page-error.png");
    }
}
