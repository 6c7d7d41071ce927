package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Settings › Webhooks and an endpoint's deliveries, as a tenant admin uses them. */
public final class WebhookPages {
    private final Browser browser;
    private final ConsolePages console;

    public WebhookPages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    /** Whether the menu links to the page (under Settings, which may be folded). */
    public boolean inMenu() {
        return !browser.driver().findElements(By.cssSelector("#nav\\:menu a[href*='/console/webhooks/endpoints']")).isEmpty();
    }

    public void open() {
        console.open("/console/webhooks/endpoints.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("webhooksTitle")));
    }

    /** Types the URL, keeps the preselected incident events, and registers. */
    public void register(String url) {
        browser.type("webhookForm:url", url);
        click("webhookForm:register");
    }

    /** The secret shown once after registering. */
    public String secret() {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("webhookForm:secret"))).getAttribute("value");
    }

    public boolean showsSecret() {
        return !browser.driver().findElements(By.id("webhookForm:secret")).isEmpty();
    }

    public String endpoints() {
        return browser.driver().findElement(By.id("webhookForm:endpoints")).getText();
    }

    public String formShows(String text) {
        return browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("webhookForm"), text))
                ? browser.driver().findElement(By.id("webhookForm")).getText() : "";
    }

    public void openDeliveries() {
        click("webhookForm:endpoints:0:deliveries");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("deliveriesTitle")));
    }

    /** Refreshes the list until it shows the text (the delivery is made after the change committed). */
    public String deliveriesShow(String text) {
        browser.waiting().until(d -> {
            if (deliveries().contains(text)) {
                return true;
            }
            click("deliveryForm:refresh");
            return false;
        });
        return deliveries();
    }

    public String deliveries() {
        return browser.driver().findElement(By.id("deliveryForm:deliveries")).getText();
    }

    public void redeliverFirst() {
        click("deliveryForm:deliveries:0:redeliver");
    }

    private void click(String id) {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        browser.ajaxDone();
    }
}
