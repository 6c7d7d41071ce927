package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The public page behind an incident mail's acknowledge link. */
public final class AcknowledgePages {
    private final Browser browser;

    public AcknowledgePages(Browser browser) {
        this.browser = browser;
    }

    public void openLink(String url) {
        browser.driver().get(url);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("acknowledge")));
    }

    public String page() {
        return browser.driver().findElement(By.id("acknowledge")).getText();
    }

    public void confirm() {
        browser.driver().findElement(By.id("acknowledge:confirm")).click();
        browser.ajaxDone();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("acknowledged")));
    }

    /** Whether the page offers the button that acknowledges (a used link offers nothing to press). */
    public boolean offersConfirmation() {
        return !browser.driver().findElements(By.id("acknowledge:confirm")).isEmpty();
    }
}
