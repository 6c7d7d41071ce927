package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The public pages of a forgotten password: asking for a link from the sign-in page, and choosing a new password. */
public final class PasswordResetPages {
    private final Browser browser;

    public PasswordResetPages(Browser browser) {
        this.browser = browser;
    }

    /** From the sign-in page: asks for a link for the username and waits for the answer. */
    public void askForResetLink(String username) {
        browser.driver().findElement(By.id("toForgot")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("forgot:username")));
        browser.type("forgot:username", username);
        browser.driver().findElement(By.id("forgot:send")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("requested")));
    }

    /** Follows the mailed link and waits for the form. */
    public void openLink(String link) {
        browser.driver().get(link);
        browser.waiting().until(d -> !d.findElements(By.id("reset:password")).isEmpty());
    }

    public void chooseNewPassword(String password, String again) {
        browser.type("reset:password", password);
        browser.type("reset:confirm", again);
        browser.driver().findElement(By.id("reset:save")).click();
        browser.ajaxDone();
    }

    public void waitUntilSet() {
        browser.waiting().until(d -> !d.findElements(By.id("passwordSet")).isEmpty());
    }

    public String page() {
        return browser.driver().findElement(By.tagName("main")).getText();
    }
}
