package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Settings > Notifications, the contacts' escalation fields and the acknowledge link's page, as a person uses them. */
public final class NotifyPages {
    private final Browser browser;
    private final ConsolePages console;

    public NotifyPages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    /** Whether the Settings menu holds the Notifications item (its items are in the page while the menu is closed). */
    public boolean menuHasNotifications() {
        return !browser.driver().findElements(By.cssSelector("#nav\\:menu a[href*='/console/settings/notifications']")).isEmpty();
    }

    public void openNotifications() {
        console.open("/console/settings/notifications.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("notificationsTitle")));
    }

    public void toggleSeverity(String label) {
        browser.driver().findElement(By.xpath("//div[@id='notificationsForm:incidentSeverities']//label[text()='" + label + "']"))
                .click();
    }

    public void escalateAfter(int minutes) {
        browser.type("notificationsForm:escalationMinutes_input", String.valueOf(minutes));
    }

    public String form() {
        return browser.driver().findElement(By.id("notificationsForm")).getText();
    }

    public void waitForSaved() {
        browser.ajaxDone();
        browser.waiting().until(d -> d.getPageSource().contains("The notification settings are saved."));
    }

    public void openContacts() {
        console.open("/console/access/contacts.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("contactForm")));
    }

    /** Fills the contact form with a place on the ladder and office hours (not 24x7), without sending it. */
    public void fillLadderContact(String name, String email, int order, String timeZone, String from, String to) {
        browser.type("contactForm:name", name);
        browser.type("contactForm:email", email);
        browser.type("contactForm:order_input", String.valueOf(order));
        browser.type("contactForm:timeZone", timeZone);
        WebElement always = browser.driver().findElement(By.cssSelector("#contactForm\\:alwaysAvailable .ui-chkbox-box"));
        if (always.getAttribute("class").contains("ui-state-active")) {
            always.click();
        }
        browser.type("contactForm:workingFrom", from);
        browser.type("contactForm:workingTo", to);
    }

    public String contactsText(String waitFor) {
        browser.ajaxDone();
        browser.waiting().until(d -> d.findElement(By.id("contactForm")).getText().contains(waitFor));
        return browser.driver().findElement(By.id("contactForm")).getText();
    }

    /** The incident page's escalation ladder card, as text. */
    public String openIncidentLadder(String incidentId) {
        console.open("/console/response/incident.xhtml?id=" + incidentId);
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("escalationCard"))).getText();
    }

    public void openLink(String url) {
        browser.driver().get(url);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("acknowledge")));
    }

    public String acknowledgePage() {
        return browser.driver().findElement(By.id("acknowledge")).getText();
    }

    public void confirmAcknowledgement() {
        browser.driver().findElement(By.id("acknowledge:confirm")).click();
        browser.ajaxDone();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("acknowledged")));
    }

    /** Replaces what the field holds, as a person does (select all, type): a formatted number field ignores clear(). */
}
