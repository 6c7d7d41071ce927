package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The readiness assessment: each prerequisite, done or what is left to do. */
public final class ReadinessPages {
    private final Browser browser;
    private final ConsolePages console;

    public ReadinessPages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    /** Opens a tenant's assessment, or the signed-in user's own tenant's when the id is null. */
    public void open(String tenantId) {
        console.open("/console/readiness.xhtml" + (tenantId == null ? "" : "?id=" + tenantId));
    }

    public String status() {
        return browser.driver().findElement(By.id("readinessStatus")).getText();
    }

    public String action(String key) {
        return browser.driver().findElement(By.id("action-" + key)).getText();
    }

    /** Follows a prerequisite's link to the devices or users that fail it ({@link FailingPages}). */
    public void followFailingLink(String key) {
        browser.driver().findElement(By.cssSelector("#action-" + key + " .mxdr-failing-link")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("list:failing")));
    }
}
