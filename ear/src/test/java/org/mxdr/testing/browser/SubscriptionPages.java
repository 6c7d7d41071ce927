package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page objects of the commercial path: the subscription card and dialog of a tenant, and Settings > Experts. */
public final class SubscriptionPages {
    private final Browser browser;
    private final ConsolePages console;

    public SubscriptionPages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    public void openTenant(String tenantId) {
        console.open("/console/tenant.xhtml?id=" + tenantId);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("subscriptionCard")));
    }

    public void startSubscription() {
        browser.driver().findElement(By.id("subscriptionActions:newSubscription")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("subscribeForm:seats_input")));
        browser.ajaxDone();
    }

    public void seats(String seats) {
        WebElement input = browser.driver().findElement(By.id("subscribeForm:seats_input"));
        input.clear();
        input.sendKeys(seats);
    }

    public void transact() {
        browser.driver().findElement(By.id("subscribeForm:save")).click();
        browser.ajaxDone();
    }

    /** Waits for the refusal in the dialog and returns its text, the unmet conditions included. */
    public String refusal() {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("subscribeForm:refusal"))).getText();
    }

    /** Waits until the dialog shows the text (a message on a field, say) and returns all of it. */
    public String dialogShows(String text) {
        browser.waiting().until(d -> d.findElement(By.id("subscribeForm")).getText().contains(text));
        return browser.driver().findElement(By.id("subscribeForm")).getText();
    }

    public boolean dialogOpen() {
        return browser.driver().findElement(By.id("subscribeDialog")).isDisplayed();
    }

    /** The status badge of the subscription card, after waiting for it to show the text. */
    public String statusBecomes(String status) {
        browser.waiting().until(ExpectedConditions.textToBe(By.id("subscriptionStatus"), status));
        return browser.driver().findElement(By.id("subscriptionCard")).getText();
    }

    public void openExperts() {
        console.open("/console/settings/experts.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("expertsTitle")));
    }

    /** Terminates from Settings > Experts, answering the confirmation dialog. */

    public String confirmationText() {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog"))).getText();
    }

    public void startTermination() {
        browser.driver().findElement(By.id("terminateForm:terminate")).click();
    }

    public void confirm() {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
        browser.ajaxDone();
    }
}
