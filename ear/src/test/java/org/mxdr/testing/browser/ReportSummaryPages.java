package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Reports across tenants: the provider's summary, from which each tenant's report opens. */
public final class ReportSummaryPages {
    private final Browser browser;
    private final ConsolePages console;

    public ReportSummaryPages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    /** Reports, through the menu: a provider user's summary across tenants. */
    public void openFromMenu() {
        console.openFromMenu("Reports");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("summaryTitle")));
    }

    /** Opens the tenant's report from its row ({@link ReportPages}). */
    public void openTenant(String tenantName) {
        browser.driver().findElement(By.linkText(tenantName)).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reportTitle")));
    }
}
