package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The expert's tenants: the list of the tenants that granted access, and the way into one of them. */
public final class ExpertTenantPages {
    private final Browser browser;
    private final ConsolePages console;

    public ExpertTenantPages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    public void open() {
        console.open("/console/access/expert-tenants.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("tenantsForm:tenants")));
    }

    public String list() {
        return browser.driver().findElement(By.id("tenantsForm:tenants")).getText();
    }

    /** Narrows the expert's tenants to those whose name contains the text, and waits for the list to show it. */
    public String find(String text) {
        browser.type("tenantsForm:search", text);
        // every row shown names the text: the list is the filtered one
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d ->
                d.findElements(By.cssSelector("[id='tenantsForm:tenants_data'] > tr")).stream().allMatch(r -> r.getText().contains(text))
                        && list().contains(text));
        browser.ajaxDone();
        return list();
    }

    public String enter(String name) {
        // a search may still re-render the list once: find the link again when it does
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.linkText(name)).click();
            return true;
        });
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("grantCard"))).getText()
                + "\n" + browser.driver().findElement(By.id("exclusionsCard")).getText();
    }
}
