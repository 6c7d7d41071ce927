package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The provider's tenant list and its create-tenant dialog. */
public final class TenantPages {
    private final Browser browser;
    private final ConsolePages console;

    public TenantPages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    public void openFromMenu() {
        console.openFromMenu("Tenants");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("list:tenants")));
    }

    public void startNew() {
        browser.driver().findElement(By.id("newTenant")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("createForm:name")));
    }

    /** Fills the open dialog; a null region leaves the menu as it is. */
    public void fill(String name, String regionLabel, String adminEmail) {
        browser.type("createForm:name", name);
        if (regionLabel != null) {
            browser.choose("createForm:region", regionLabel);
        }
        browser.type("createForm:adminEmail", adminEmail);
    }

    public void save() {
        browser.driver().findElement(By.id("createForm:save")).click();
        browser.ajaxDone();
    }

    /** Waits until the dialog's form shows the text (a message from the server, say) and returns all of it. */
    public String formShows(String text) {
        browser.waiting().until(d -> form().contains(text));
        return form();
    }

    public String form() {
        return browser.driver().findElement(By.id("createForm")).getText();
    }

    public boolean dialogOpen() {
        return browser.driver().findElement(By.id("createDialog")).isDisplayed();
    }

    public String table() {
        return browser.driver().findElement(By.id("list:tenants")).getText();
    }
}
