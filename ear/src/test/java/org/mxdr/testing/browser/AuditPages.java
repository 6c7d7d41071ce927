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

/** The audit pages (a tenant's, the provider's): filter the trail, read it, download it as CSV. */
public final class AuditPages {
    private final Browser browser;

    public AuditPages(Browser browser) {
        this.browser = browser;
    }

    /** Settings › Experts › Audit. */
    public void openTenantAudit() {
        new ConsolePages(browser).open("/console/access/audit.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("auditForm:records")));
    }

    /** The provider admin's Audit across tenants. */
    public void openProviderAudit() {
        new ConsolePages(browser).open("/console/provider/audit.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("auditForm:records")));
    }

    public void filterWhat(String label) {
        browser.choose("auditForm:action", label);
    }

    public void filterTenant(String name) {
        browser.choose("auditForm:tenant", name);
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
