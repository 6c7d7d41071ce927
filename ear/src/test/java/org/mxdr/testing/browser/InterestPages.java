package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The public interest form, reached from the sign-in page. */
public final class InterestPages {
    private final Browser browser;

    public InterestPages(Browser browser) {
        this.browser = browser;
    }

    /** Opens the form from the sign-in page and fills it in, without sending it. */
    public void fill(String name, String email, String organisation, String country, int seats, String message) {
        browser.driver().get(ConsolePages.CONSOLE + "/login.xhtml");
        browser.driver().findElement(By.id("toInterest")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("interestForm:name")));
        browser.type("interestForm:name", name);
        browser.type("interestForm:email", email);
        browser.type("interestForm:organisation", organisation);
        browser.driver().findElement(By.id("interestForm:country")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("interestForm:country_filter")));
        browser.type("interestForm:country_filter", country);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#interestForm\\:country_panel li[data-label='" + country + "']"))).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.id("interestForm:country_label"), country));
        browser.type("interestForm:seats_input", String.valueOf(seats));
        browser.type("interestForm:message", message);
    }

    public void correctEmail(String email) {
        browser.type("interestForm:email", email);
    }

    public void send() {
        browser.driver().findElement(By.id("interestForm:send")).click();
        browser.ajaxDone();
    }

    public String panel() {
        return browser.driver().findElement(By.id("interest")).getText();
    }
}
