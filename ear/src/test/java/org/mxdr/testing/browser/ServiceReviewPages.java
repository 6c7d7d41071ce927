package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The delivery manager's Service review: each tenant's service-level compliance. */
public final class ServiceReviewPages {
    private final Browser browser;
    private final ConsolePages console;

    public ServiceReviewPages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    public void openFromMenu() {
        console.openFromMenu("Service review");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reviewForm:tenants")));
    }

    /** The review's table as text. */
    public String table() {
        return browser.driver().findElement(By.id("reviewForm:tenants")).getText();
    }

    /** The review's row of the tenant, as text. */
    public String reviewRow(String tenantName) {
        return browser.driver().findElement(By.xpath("//tbody[@id='reviewForm:tenants_data']/tr[.//a[text()='" + tenantName + "']]")).getText();
    }
}
