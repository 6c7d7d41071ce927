package org.mxdr.testing.browser;

import org.openqa.selenium.By;

/** A tenant's inventory: its licences, users and devices. */
public final class InventoryPages {
    private final Browser browser;
    private final ConsolePages console;

    public InventoryPages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    public void open(String tenantId) {
        console.open("/console/inventory.xhtml?id=" + tenantId);
    }

    /** The devices' table, as text. */
    public String devices() {
        return browser.driver().findElement(By.id("tabs:deviceForm:devices")).getText();
    }
}
