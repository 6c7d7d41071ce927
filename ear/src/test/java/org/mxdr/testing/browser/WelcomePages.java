package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The public page behind a welcome email's link, as its reader uses it. */
public final class WelcomePages {
    private final Browser browser;

    public WelcomePages(Browser browser) {
        this.browser = browser;
    }

    public void open(String link) {
        browser.driver().get(link);
        browser.ajaxDone();
    }

    public void setPassword(String username, String password, String confirm) {
        browser.type("welcome:username", username);
        browser.type("welcome:password", password);
        browser.type("welcome:confirm", confirm);
        browser.driver().findElement(By.id("welcome:save")).click();
        browser.ajaxDone();
    }

    /** The message shown under a field of the form, empty when there is none. */
    /** What the username field holds. */
    public String typedUsername() {
        return browser.driver().findElement(By.id("welcome:username")).getAttribute("value");
    }

    public String messageFor(String field) {
        return browser.driver().findElement(By.id("welcome:" + field + "Message")).getText();
    }

    public String page() {
        return browser.driver().findElement(By.cssSelector(".mxdr-main")).getText();
    }

    public boolean shows(String id) {
        return !browser.driver().findElements(By.id(id)).isEmpty();
    }

    /** Presses "Send me a new link" and returns what the page then says. */
    public String askForANewLink() {
        browser.driver().findElement(By.id("again:sendNew")).click();
        browser.ajaxDone();
        browser.waiting().until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("again:resent")),
                ExpectedConditions.presenceOfElementLocated(By.id("again:resendRefused"))));
        return browser.driver().findElement(By.id("again")).getText();
    }

}
