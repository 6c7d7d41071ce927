package org.mxdr.testing.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, never a downloaded browser. Where no Chromium is
 * installed the browser tests skip with the reason printed, unless the build requires them (CI).
 * Every page the test opens and every state it takes a screenshot of is checked with axe-core;
 * a critical or serious violation fails the test when the browser closes, naming rule and element.
 * So does anything the page's Content-Security-Policy blocked (a script or handler without the
 * nonce), as the browser's console reports it.
 */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** True once the page has loaded and PrimeFaces has no Ajax request in flight. */
    private static final String SETTLED = "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());";

    private final ChromeDriver chrome;
    private final WebDriver driver;
    private final Path profile;
    private final Set<String> checkedPages = new HashSet<>();
    private final List<String> violations = new ArrayList<>();
    private final List<String> blockedByPolicy = new ArrayList<>();

    private Browser(ChromeDriver chrome, Path profile) {
        this.chrome = chrome;
        this.profile = profile;
        this.driver = new EventFiringDecorator<WebDriver>(new WebDriverListener() {
            @Override
            public void afterGet(WebDriver d, String url) {
                checkNewPage();
            }

            @Override
            public void afterClick(WebElement element) {
                checkNewPage();
            }
        }).decorate(chrome);
    }

    public static Browser open() {
        if (Boolean.getBoolean("mxdr.browser.skip")) {
            String reason = "Browser test skipped: mxdr.browser.skip is set (CI runs the browser tests in its first pass only).";
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String reason = "Browser test skipped: install Debian's chromium and chromium-driver to run it.";
            if (Boolean.getBoolean("mxdr.browser.required")) {
                Assertions.fail(reason.replace("skipped", "required"));
            }
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        try {
            Path profile = Files.createTempDirectory("mxdr-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--window-size=1366,900", "--user-data-dir=" + profile);
            LoggingPreferences console = new LoggingPreferences();
            console.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", console);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Saves what the person sees to target/screenshots, and checks that state with axe-core. */
    public void screenshot(String name) {
        checkAccessibility(name);
        try {
            Path dir = Path.of(System.getProperty("mxdr.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Picks an option of a PrimeFaces select menu as a person does. A click that lands while the
     * panel is still opening is lost on a busy machine, so it tries again until the label shows it.
     */
    public void choose(String menuId, String label) {
        String css = "#" + menuId.replace(":", "\\:");
        for (int attempt = 1; ; attempt++) {
            try {
                driver.findElement(By.id(menuId)).click();
                waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(menuId + "_panel")));
                waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css + "_panel li[data-label='" + label + "']"))).click();
                new WebDriverWait(driver, Duration.ofSeconds(3))
                        .until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
                waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
                return;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Replaces what a field holds with the text, with the keyboard as a person does (select all, delete,
     * type), and waits until the field holds it. On a busy machine keys can land elsewhere while a
     * dialog closes and gives the focus back, or a panel opens; then it types again, up to three times.
     */
    public void type(String id, String text) {
        String wanted = text == null ? "" : text;
        String shown = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            WebElement input = waiting().until(ExpectedConditions.elementToBeClickable(By.id(id)));
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            if (!wanted.isEmpty()) {
                input.sendKeys(wanted);
            }
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(d -> wanted.equals(d.findElement(By.id(id)).getAttribute("value")));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                shown = driver.findElement(By.id(id)).getAttribute("value");
            }
        }
        throw new AssertionError("the field " + id + " holds '" + shown + "', not '" + wanted + "', after three tries");
    }

    /** Follows a download link as this signed-in browser would (its session cookie), answering the body. */
    public java.net.http.HttpResponse<byte[]> download(By link) throws IOException, InterruptedException {
        String href = driver.findElement(link).getAttribute("href");
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).timeout(Duration.ofSeconds(60))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Lets downloads land in {@code dir} (headless Chromium drops them otherwise). */
    public void downloadTo(Path dir) {
        chrome.executeCdpCommand("Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
    }

    /** Waits until PrimeFaces has no Ajax request in flight. */
    public void ajaxDone() {
        waiting().until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(SETTLED)));
    }

    /** The window as wide as a phone (390), a tablet (768), a laptop (1024) or a desktop (1440). */
    public void resize(int width) {
        chrome.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
        settle();
    }

    /** The window at a phone's or a small laptop's full size (390x844, 757x757, 1440x900). */
    public void resize(int width, int height) {
        chrome.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        settle();
    }

    /** Whether the page is wider than the window, so that a person would have to scroll sideways. */
    public boolean scrollsSideways() {
        settle();
        return Boolean.TRUE.equals(chrome.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;"));
    }

    /** Whether the element is shown with some width, all of it within the window. */
    public boolean fullyVisible(String cssSelector) {
        return Boolean.TRUE.equals(chrome.executeScript(
                "var e = document.querySelector(arguments[0]); if (!e) return false; var r = e.getBoundingClientRect();"
                + "return r.width > 20 && r.height > 0 && r.left >= 0 && r.right <= document.documentElement.clientWidth;", cssSelector));
    }

    /** Scrolls the element to the middle of the window, as a person does to look at it. */
    public void scrollTo(String cssSelector) {
        chrome.executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'center'});", cssSelector);
        settle();
    }

    /** Whether the element lies wholly inside the window, up and down as well as sideways (a dialog's buttons, say). */
    public boolean inView(String cssSelector) {
        return Boolean.TRUE.equals(chrome.executeScript(
                "var e = document.querySelector(arguments[0]); if (!e) return false; var r = e.getBoundingClientRect();"
                + "return r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight"
                + " && r.right <= window.innerWidth;", cssSelector));
    }

    /**
     * Presses Tab, as a person without a mouse does, until the focused element matches the CSS
     * selector; fails when 80 presses never reach it.
     */
    public void tabTo(String cssSelector) {
        for (int press = 0; press < 80; press++) {
            if (focusedMatches(cssSelector)) {
                return;
            }
            new org.openqa.selenium.interactions.Actions(chrome).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        Assertions.fail("80 presses of Tab never reached " + cssSelector + "; focus is on " + focusedElement());
    }

    /** Presses a key on whatever has the focus. */
    public void press(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(chrome).sendKeys(key).perform();
        settle();
    }

    public boolean focusedMatches(String cssSelector) {
        return Boolean.TRUE.equals(chrome.executeScript(
                "var e = document.activeElement; return !!e && e !== document.body && e.matches(arguments[0]);", cssSelector));
    }

    public String focusedElement() {
        return String.valueOf(chrome.executeScript("var e = document.activeElement; return e ? e.outerHTML.slice(0, 160) : 'nothing';"));
    }

    /** Runs axe-core on the page as it is now; what it finds fails the test at close. */
    public void checkAccessibility(String state) {
        settle();
        for (String violation : Axe.seriousViolations(chrome)) {
            violations.add(state + " (" + chrome.getCurrentUrl() + "): " + violation);
        }
    }

    /** What axe-core found so far, for a test that proves the check itself. */
    public List<String> accessibilityViolations() {
        return List.copyOf(violations);
    }

    /** Forgets what was found, for a test that provoked a violation on purpose. */
    public void forgetAccessibilityViolations() {
        violations.clear();
    }

    /** What the page's Content-Security-Policy blocked so far, for a test that proves the check itself. */
    public List<String> contentSecurityPolicyViolations() {
        readConsole();
        return List.copyOf(blockedByPolicy);
    }

    /** Forgets what was blocked, for a test that provoked it on purpose. */
    public void forgetContentSecurityPolicyViolations() {
        blockedByPolicy.clear();
    }

    private void readConsole() {
        for (LogEntry entry : chrome.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy")) {
                blockedByPolicy.add(entry.getMessage());
            }
        }
    }

    private void checkNewPage() {
        settle();
        readConsole();
        String url = chrome.getCurrentUrl();
        String page = url.replaceAll("[;?#].*$", "");
        if (checkedPages.add(page)) {
            checkAccessibility("page");
        }
    }

    private void settle() {
        try {
            new WebDriverWait(chrome, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(SETTLED)));
        } catch (org.openqa.selenium.WebDriverException e) {
            // a page still busy is checked as it is
        }
    }

    @Override
    public void close() {
        List<String> found = List.copyOf(violations);
        List<String> blocked = contentSecurityPolicyViolations();
        closeDriver();
        if (!found.isEmpty()) {
            Assertions.fail("axe-core found critical or serious accessibility violations:\n  " + String.join("\n  ", found));
        }
        if (!blocked.isEmpty()) {
            Assertions.fail("The Content-Security-Policy blocked:\n  " + String.join("\n  ", blocked));
        }
    }

    private void closeDriver() {
        chrome.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
