package kith.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium, never Selenium Manager (STACK_NOTES trap 8), with an axe
 * check that fails on any serious or critical accessibility violation.
 */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;

    Browser(int port) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createTempDirectory("kith-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        base = "http://localhost:" + port;
    }

    /** A small phone's viewport (375 CSS pixels wide), for pages that families open. */
    void phoneWidth() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
    }

    /** Whether the page fits the viewport's width: nothing to scroll sideways to. */
    boolean fitsTheWidth() {
        return Boolean.TRUE.equals(script(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
    }

    void open(String path) {
        driver.get(base + path);
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Fills in a GOV.UK date input: the fields {@code id}Day, {@code id}Month and {@code id}Year. */
    void date(String id, java.time.LocalDate day) {
        type(id + "Day", String.valueOf(day.getDayOfMonth()));
        type(id + "Month", String.valueOf(day.getMonthValue()));
        type(id + "Year", String.valueOf(day.getYear()));
    }

    /** Types at the end of what the field holds already. */
    void typeMore(String id, String text) {
        driver.findElement(By.id(id)).sendKeys(text);
    }

    String valueOf(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    String cookie(String name) {
        return driver.manage().getCookieNamed(name).getValue();
    }

    /** Runs a script in the page and returns what it returns. */
    Object script(String script) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script);
    }

    /** Presses a key in whatever has the focus, as someone using only a keyboard would. */
    void press(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
    }

    /** Waits (up to {@code seconds}) until the script in the page answers true: for what the page does in its time. */
    void waitUntil(int seconds, String script) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds)).ignoring(StaleElementReferenceException.class)
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(script)));
    }

    void click(By by) {
        driver.findElement(by).click();
    }

    void clickButton(String text) {
        click(By.xpath("//button[normalize-space()='" + text + "']"));
    }

    /** Sends a form by its button's words and waits for the page that answers it (never the page it was sent from). */
    void submit(String button) {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        js.executeScript("document.documentElement.dataset.sent = 'yes'");
        clickButton(button);
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return document.readyState === 'complete' && document.documentElement.dataset.sent === undefined")));
    }

    void clickLink(String text) {
        click(By.linkText(text));
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits (up to five seconds) until the page shows every text; pages load after clicks, so never sleep. */
    void assertShows(String... texts) {
        try {
            // A page still loading after a click can answer with a stale node (or Chromium's "node does not belong
            // to the document"): wait it out like any other page not yet shown.
            new WebDriverWait(driver, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> {
                        String body = d.findElement(By.tagName("body")).getText();
                        return java.util.Arrays.stream(texts).allMatch(body::contains);
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            assertThat(text()).as("page " + path()).contains(texts);
        }
    }

    /** Reloads the page until it shows every text (for work done after commit, such as the chronology). */
    void assertShowsAfterRefresh(String... texts) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        String body = d.findElement(By.tagName("body")).getText();
                        if (java.util.Arrays.stream(texts).allMatch(body::contains)) {
                            return true;
                        }
                        d.navigate().refresh();
                        return false;
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            assertThat(text()).as("page " + path()).contains(texts);
        }
    }

    void select(String selectId, String visibleText) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(selectId))).selectByVisibleText(visibleText);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    void signIn(String username) {
        open("/sign-in");
        type("username", username);
        type("password", "kith-demo");
        clickButton("Sign in");
        assertShows("Your work", "Sign out");
    }

    /** Signs in on the sign-in page the browser is on, which then goes to the page first asked for. */
    void signInHere(String username) {
        type("username", username);
        type("password", "kith-demo");
        clickButton("Sign in");
    }

    void signOut() {
        clickButton("Sign out");
        assertShows("You have signed out");
    }

    void choose(String radioOrCheckboxId) {
        click(By.id(radioOrCheckboxId));
    }

    /** What is in a field now (an input's or select's value): what was typed is kept after an error. */
    String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    boolean isChecked(String id) {
        return driver.findElement(By.id(id)).isSelected();
    }

    /** Opens an expandable section (a details element) by its summary's words. */
    void expand(String summary) {
        click(By.xpath("//summary[normalize-space()='" + summary + "']"));
    }

    String title() {
        return driver.getTitle();
    }

    /**
     * The error summary's messages, having checked the GOV.UK error pattern on the page: each link goes to an element
     * that exists and is not in a closed details element; the same message is at that field (in its error form group,
     * or by a button), the field is described by it, and its inputs carry the error class; and every message at a
     * field is in the summary.
     */
    List<String> errorSummary() {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> report = (java.util.Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("""
                        const summary = document.querySelector('.govuk-error-summary');
                        if (!summary) { return {messages: [], wrong: ['no error summary on ' + location.pathname]}; }
                        const wrong = [];
                        const text = e => e.textContent.replace('Error:', '').replace(/\s+/g, ' ').trim();
                        const links = [...summary.querySelectorAll('.govuk-error-summary__list a')];
                        for (const link of links) {
                          const href = link.getAttribute('href');
                          const target = href && href.startsWith('#') ? document.getElementById(href.substring(1)) : null;
                          if (!target) { wrong.push('nothing on the page has the id of ' + href); continue; }
                          const details = target.closest('details');
                          if (details && !details.open) { wrong.push(href + ' is in a closed details element'); }
                          const group = target.closest('.govuk-form-group--error');
                          const around = group || target.closest('form');
                          const message = around && [...around.querySelectorAll('.govuk-error-message')]
                              .find(m => text(m) === text(link));
                          if (!message) { wrong.push(href + ': "' + text(link) + '" is not at the field'); continue; }
                          if (group) {
                            const described = [group, ...group.querySelectorAll('[aria-describedby]')].filter(e => e.hasAttribute('aria-describedby'))
                                .some(e => e.getAttribute('aria-describedby').split(' ').includes(message.id));
                            if (!described) { wrong.push(href + ' is not described by its message ' + message.id); }
                            const inputs = [...group.querySelectorAll('input.govuk-input, select, textarea')];
                            if (inputs.length && !inputs.some(i => /--error/.test(i.className))) {
                              wrong.push(href + ': its input has no error class');
                            }
                          }
                        }
                        const listed = links.map(text);
                        for (const m of document.querySelectorAll('.govuk-error-message')) {
                          if (!listed.includes(text(m))) { wrong.push('"' + text(m) + '" is at a field but not in the summary'); }
                        }
                        if (!document.title.startsWith('Error: ')) { wrong.push('the title does not begin "Error: "'); }
                        return {messages: listed, wrong: wrong};""");
        @SuppressWarnings("unchecked")
        List<String> wrong = (List<String>) report.get("wrong");
        assertThat(wrong).as("the error pattern on " + path()).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> messages = (List<String>) report.get("messages");
        return messages;
    }

    /** Fails on any serious or critical WCAG violation that axe finds on the current page. */
    void assertAccessible() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(driver);
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious)
                .as("axe violations on %s: %s", path(), serious.stream()
                        .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
                                .map(node -> node.getHtml()).limit(3).collect(Collectors.joining(" | ")))
                        .collect(Collectors.joining("; ")))
                .isEmpty();
        assertThat(results.getPasses()).as("axe ran its rules on " + path()).isNotEmpty();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
