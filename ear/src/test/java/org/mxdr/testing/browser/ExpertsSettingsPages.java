package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Settings › Experts: the experts' access card with the way into the wizard, and the subscription's termination.
 * The subscription card shown there is {@link SubscriptionPages}' too.
 */
public final class ExpertsSettingsPages {
    private final Browser browser;
    private final ConsolePages console;

    public ExpertsSettingsPages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    public void open() {
        console.open("/console/settings/experts.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("expertsTitle")));
    }

    /** The experts' access card, once shown. */
    public String accessCard() {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("accessCard"))).getText();
    }

    /** Opens the wizard from the access card. */
    public void getStarted() {
        browser.driver().findElement(By.id("getStarted")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("wizardTitle")));
        browser.ajaxDone();
    }

    /** Whether the page holds the button that terminates the subscription at all (the tenant admin's). */
    public boolean hasTermination() {
        return !browser.driver().findElements(By.id("terminateForm:terminate")).isEmpty();
    }

    /** Whether the page shows the button that terminates the subscription. */
    public boolean offersTermination() {
        return browser.driver().findElements(By.id("terminateForm:terminate")).stream().anyMatch(e -> e.isDisplayed());
    }

    public void startTermination() {
        browser.driver().findElement(By.id("terminateForm:terminate")).click();
    }

    public String confirmationText() {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog"))).getText();
    }

    public void confirm() {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
        browser.ajaxDone();
    }
}
