package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The home page each role lands on. */
public final class HomePages {
    private final Browser browser;

    public HomePages(Browser browser) {
        this.browser = browser;
    }

    public void open() {
        new ConsolePages(browser).open("/console/home.xhtml");
    }

    public String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    /** The expert's granted tenants as listed on the home page. */
    public String grantedTenants() {
        return text("grantedTenants");
    }

    /** Follows the home page's link to one of the expert's tenants; returns the tenant page's grant card. */
    public String enterTenant(String name) {
        browser.driver().findElement(By.id("grantedTenants")).findElement(By.linkText(name)).click();
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("grantCard"))).getText();
    }
}
