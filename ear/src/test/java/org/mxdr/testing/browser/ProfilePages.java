package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The signed-in user's profile: the time zone the console shows times in. */
public final class ProfilePages {
    private final Browser browser;

    public ProfilePages(Browser browser) {
        this.browser = browser;
    }

    /** Opens the profile from the account's link in the bar. */
    public void openFromBar() {
        browser.driver().findElement(By.id("nav:profile")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("profileTitle")));
    }

    public void open() {
        new ConsolePages(browser).open("/console/profile.xhtml");
    }

    /** Chooses a zone by its label and saves. */
    public void chooseTimeZone(String label) {
        browser.choose("profileForm:timeZone", label);
        browser.driver().findElement(By.id("profileForm:save")).click();
        browser.ajaxDone();
    }

    /** The current time as the profile shows it, whose title is the same instant in UTC. */
    public WebElement now() {
        return browser.driver().findElement(By.id("profileForm:now"));
    }
}
