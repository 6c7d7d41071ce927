package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The subscription card and its dialog, on a tenant's page and on Settings › Experts, and what fails a prerequisite. */
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
        browser.type("subscribeForm:seats_input", seats);
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

    /** Whether the dialog and its Cancel and Transact buttons lie wholly inside the window, and the page behind scrolls not sideways. */
    public boolean dialogFits() {
        return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var w = window.innerWidth, h = window.innerHeight;"
                + "function inside(id) { var r = document.getElementById(id).getBoundingClientRect();"
                + "  return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= h && r.right <= w; }"
                + "return inside('subscribeDialog') && inside('subscribeForm:save') && inside('subscribeForm:cancel');"));
    }

    /** Follows the link of the unmet condition whose text contains the words, to the devices or users that fail it. */
    public String openFailing(String words) {
        browser.driver().findElements(By.cssSelector("#unmet li")).stream()
                .filter(li -> li.getText().contains(words)).findFirst().orElseThrow()
                .findElement(By.cssSelector("a.mxdr-unmet-link")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("list:failing")));
        return new FailingPages(browser).list();
    }

    public boolean dialogOpen() {
        return browser.driver().findElement(By.id("subscribeDialog")).isDisplayed();
    }

    /** The status badge of the subscription card, after waiting for it to show the text. */
    public String statusBecomes(String status) {
        browser.waiting().until(ExpectedConditions.textToBe(By.id("subscriptionStatus"), status));
        return browser.driver().findElement(By.id("subscriptionCard")).getText();
    }
}
