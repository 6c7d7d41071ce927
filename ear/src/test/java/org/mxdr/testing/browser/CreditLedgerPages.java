package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Credits: the tenant's credit ledger, its totals and each credit's use. */
public final class CreditLedgerPages {
    private final Browser browser;
    private final ConsolePages console;

    public CreditLedgerPages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    public void openFromMenu() {
        console.openFromMenu("Credits");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ledgerTitle")));
    }

    /** One of the ledger's totals: assigned, used, remaining. */
    public String total(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    public String ledger() {
        return browser.driver().findElement(By.id("ledgerForm:credits")).getText();
    }
}
