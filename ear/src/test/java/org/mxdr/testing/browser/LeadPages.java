package org.mxdr.testing.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The leads: the list, a lead's work dialog, its read-only dialog, and the dialog that turns it into a tenant. */
public final class LeadPages {
    private final Browser browser;
    private final ConsolePages console;

    public LeadPages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    public void openFromMenu() {
        console.openFromMenu("Leads");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("list:leads")));
    }

    public void search(String text) {
        browser.type("list:search", text);
        browser.waiting().until(d -> table().contains(text));
    }

    public String table() {
        return browser.driver().findElement(By.id("list:leads")).getText();
    }

    /** Whether any row offers the work dialog (the commercial executives' button). */
    public boolean offersWork() {
        return !browser.driver().findElements(By.cssSelector("button[id$=':work']")).isEmpty();
    }

    /** Whether any row offers to create a tenant from its lead (the provider admin's button). */
    public boolean offersConversion() {
        return !browser.driver().findElements(By.cssSelector("button[id$=':convert']")).isEmpty();
    }

    /** Opens the work dialog of the lead on the first row showing the organisation, sets its state and notes, saves. */
    public void work(String organisation, String stateLabel, String notes) {
        open(organisation);
        workOpen(stateLabel, notes);
    }

    /** Opens the work dialog of the lead on the first row showing the organisation. */
    public void open(String organisation) {
        clickInRow(organisation, "button[id$=':work']");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("leadForm:notes")));
    }

    /** The lead's whole message, as the open work dialog shows it. */
    public String message() {
        return browser.driver().findElement(By.id("message")).getText();
    }

    /** In the open work dialog: sets the state and notes, saves. */
    public void workOpen(String stateLabel, String notes) {
        browser.driver().findElement(By.xpath("//*[@id='leadForm:state']//label[normalize-space()='" + stateLabel + "']")).click();
        browser.type("leadForm:notes", notes);
        browser.driver().findElement(By.id("leadForm:save")).click();
        browser.ajaxDone();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("leadForm:notes")));
    }

    /** Opens the create-tenant form of the lead on the first row showing the organisation (the provider admin's button). */
    public void startConversion(String organisation) {
        clickInRow(organisation, "button[id$=':convert']");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("convertForm:name")));
        browser.ajaxDone();
    }

    /** What the open create-tenant form holds in a field (a text input's value, a menu's label). */
    public String conversionField(String field) {
        List<WebElement> label = browser.driver().findElements(By.id("convertForm:" + field + "_label"));
        return label.isEmpty() ? browser.driver().findElement(By.id("convertForm:" + field)).getAttribute("value") : label.get(0).getText();
    }

    /** The lead's message as the open create-tenant form shows it. */
    public String conversionMessage() {
        return browser.driver().findElement(By.id("convertMessage")).getText();
    }

    /** Creates the tenant from the open form and waits for the dialog to close. */
    public void convert() {
        browser.driver().findElement(By.id("convertForm:save")).click();
        browser.ajaxDone();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("convertForm:name")));
    }

    /** Opens the read-only dialog of the first lead that has one and returns its message. */
    public String readFirst() {
        browser.driver().findElement(By.cssSelector("button[id$=':read']")).click();
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("readMessage"))).getText();
    }

    public void closeRead() {
        browser.driver().findElement(By.id("readForm:close")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("readMessage")));
    }

    /** Follows a won lead's link to its tenant and waits for the tenant's page. */
    public void openItsTenant(String organisation) {
        browser.driver().findElement(By.linkText("Its tenant")).click();
        browser.waiting().until(d -> d.findElement(By.tagName("h1")).getText().contains(organisation));
    }

    private void clickInRow(String organisation, String button) {
        // the search may still re-render the table once: find the row again when it does
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.xpath("//tbody[@id='list:leads_data']/tr[.//strong[text()='" + organisation + "']]"))
                    .findElement(By.cssSelector(button)).click();
            return true;
        });
    }
}
