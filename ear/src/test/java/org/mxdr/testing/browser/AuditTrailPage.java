package org.mxdr.testing.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the tenant's and the provider's audit pages share, one layout: filter the trail, read it,
 * download it as CSV. Each page opens at its own address.
 */
public abstract class AuditTrailPage {
    protected final Browser browser;

    protected AuditTrailPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the page at its address and waits for the trail. */
    protected void openAt(String path) {
        new ConsolePages(browser).open(path);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("auditForm:records")));
    }

    public void filterWhat(String label) {
        browser.choose("auditForm:action", label);
    }

    public void filterWho(String text) {
        browser.type("auditForm:actor", text);
    }

    public void apply() {
        browser.driver().findElement(By.id("auditForm:apply")).click();
        browser.ajaxDone();
    }

    public String trail() {
        return browser.driver().findElement(By.id("auditForm:records")).getText();
    }

    public int rows() {
        return browser.driver().findElements(By.cssSelector("#auditForm\\:records_data tr:not(.ui-datatable-empty-message)")).size();
    }

    /** Clicks Download CSV and waits for the file in {@code dir}. */
    public Path downloadCsv(Path dir) {
        browser.downloadTo(dir);
        browser.driver().findElement(By.id("auditForm:csv")).click();
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> csvIn(dir).orElse(null));
    }

    private static Optional<Path> csvIn(Path dir) {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
