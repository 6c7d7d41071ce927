package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The experts' Queue across tenants and the delivery manager's Service review. */
public final class ServiceLevelPages {
    private final Browser browser;

    public ServiceLevelPages(Browser browser) {
        this.browser = browser;
    }

    public void openQueueFromMenu() {
        browser.driver().findElement(By.xpath("//span[@class='ui-menuitem-text' and text()='Queue']")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("queueForm:incidents")));
    }

    public void openReviewFromMenu() {
        browser.driver().findElement(By.xpath("//span[@class='ui-menuitem-text' and text()='Service review']")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reviewForm:tenants")));
    }

    /** Shows one tenant's incidents only. */
    public void filterTenant(String name) {
        browser.choose("queueForm:tenant", name);
        browser.ajaxDone();
    }

    /** The queue's rows as text, top to bottom. */
    public String queue() {
        return browser.driver().findElement(By.id("queueForm:incidents")).getText();
    }

    /** How many service-level badges of that state (empty: of any) the queue shows. */
    public int badges(String state) {
        String css = state.isEmpty() ? "[class*='sla-']" : ".sla-" + state;
        return browser.driver().findElements(By.cssSelector("#queueForm\\:incidents .mxdr-badge" + css)).size();
    }

    /** The review's table as text. */
    public String review() {
        return browser.driver().findElement(By.id("reviewForm:tenants")).getText();
    }

    /** The review's row of the tenant, as text. */
    public String reviewRow(String tenantName) {
        return browser.driver().findElement(By.xpath("//tbody[@id='reviewForm:tenants_data']/tr[.//a[text()='" + tenantName + "']]")).getText();
    }
}
