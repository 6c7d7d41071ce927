package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Approvals: the requests for approval of the tenant's response actions, answered or not. */
public final class ApprovalPages {
    private final Browser browser;
    private final ConsolePages console;

    public ApprovalPages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    /** Opens Approvals and returns its list of requests, as text. */
    public String open() {
        console.open("/console/approvals/approvals.xhtml");
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("approvalsForm:requests"))).getText();
    }
}
