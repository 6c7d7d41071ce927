package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Settings › Contacts: the tenant's contacts, their place on the escalation ladder and their hours. */
public final class ContactPages {
    private final Browser browser;
    private final ConsolePages console;

    public ContactPages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    public void open() {
        console.open("/console/access/contacts.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("contactForm")));
    }

    /** Adds the contact the form holds. */
    public void add() {
        browser.driver().findElement(By.id("contactForm:addContact")).click();
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

    /** Waits until the contacts show the text (a contact added, a message) and returns all of it. */
    public String shows(String waitFor) {
        browser.ajaxDone();
        browser.waiting().until(d -> d.findElement(By.id("contactForm")).getText().contains(waitFor));
        return browser.driver().findElement(By.id("contactForm")).getText();
    }
}
