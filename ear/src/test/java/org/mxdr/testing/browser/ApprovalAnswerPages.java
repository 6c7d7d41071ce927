package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The public page an approval mail links to: the request, and the button that approves it. */
public final class ApprovalAnswerPages {
    private final Browser browser;

    public ApprovalAnswerPages(Browser browser) {
        this.browser = browser;
    }

    /** Opens a link from a mail and returns what its page shows. */
    public String openLink(String url) {
        browser.driver().get(url);
        browser.ajaxDone();
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("approval"))).getText();
    }

    /** Confirms the approval on the link's page and returns the answer shown. */
    public String approve() {
        browser.driver().findElement(By.id("answerForm:approve")).click();
        browser.ajaxDone();
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("answerText"))).getText();
    }
}
