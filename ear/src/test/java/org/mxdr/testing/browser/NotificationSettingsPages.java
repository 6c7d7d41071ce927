package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Settings › Notifications: which incidents are mailed, and when the ladder escalates. */
public final class NotificationSettingsPages {
    private final Browser browser;
    private final ConsolePages console;

    public NotificationSettingsPages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    /** Whether the Settings menu holds the Notifications item (its items are in the page while the menu is closed). */
    public boolean menuHasNotifications() {
        return !browser.driver().findElements(By.cssSelector("#nav\\:menu a[href*='/console/settings/notifications']")).isEmpty();
    }

    public void open() {
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
}
