package org.mxdr.testing.browser;

import java.util.List;

import org.mxdr.testing.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page objects of the console: what a person can do on each page, in the page's words. */
public final class ConsolePages {
    public static final String CONSOLE = Api.SERVER + "/mxdr";

    private final Browser browser;

    public ConsolePages(Browser browser) {
        this.browser = browser;
    }

    public ConsolePages signIn(String username, String password) {
        browser.driver().get(CONSOLE + "/console/home.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.driver().findElement(By.id("signIn")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("nav:who")));
        return this;
    }

    public void signOut() {
        browser.driver().findElement(By.id("nav:logout")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("signedOut")));
    }

    public String signedInAs() {
        return browser.driver().findElement(By.id("nav:who")).getText();
    }

    public boolean menuOffers(String label) {
        return browser.driver().findElements(By.cssSelector("#nav\\:menu .ui-menuitem-text")).stream()
                .anyMatch(e -> e.getText().equals(label));
    }

    public void open(String path) {
        browser.driver().get(CONSOLE + path);
        browser.ajaxDone();
    }

    public String heading() {
        return browser.driver().findElement(By.cssSelector(".mxdr-main h1")).getText();
    }

    public boolean showsAccessRefused() {
        return !browser.driver().findElements(By.id("error403")).isEmpty();
    }

    // ---- the tenant list

    public void openTenantsFromMenu() {
        browser.driver().findElement(By.xpath("//span[@class='ui-menuitem-text' and text()='Tenants']")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("list:tenants")));
    }

    public void startNewTenant() {
        browser.driver().findElement(By.id("newTenant")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("createForm:name")));
    }

    public void fillTenant(String name, String regionLabel, String adminEmail) {
        WebElement nameInput = browser.driver().findElement(By.id("createForm:name"));
        nameInput.clear();
        nameInput.sendKeys(name);
        if (regionLabel != null) {
            browser.choose("createForm:region", regionLabel);
        }
        WebElement email = browser.driver().findElement(By.id("createForm:adminEmail"));
        email.clear();
        email.sendKeys(adminEmail);
    }

    public void saveTenant() {
        browser.driver().findElement(By.id("createForm:save")).click();
        browser.ajaxDone();
    }

    /** Waits until the dialog's form shows the text (a message from the server, say) and returns all of it. */
    public String formShows(String text) {
        browser.waiting().until(d -> allFormMessages().contains(text));
        return allFormMessages();
    }

    public String allFormMessages() {
        return browser.driver().findElement(By.id("createForm")).getText();
    }

    public boolean dialogOpen() {
        return browser.driver().findElement(By.id("createDialog")).isDisplayed();
    }

    public String tenantTable() {
        return browser.driver().findElement(By.id("list:tenants")).getText();
    }

    // ---- the public interest form and the leads

    public void sendInterest(String name, String email, String organisation, String country, int seats, String message) {
        browser.driver().get(CONSOLE + "/login.xhtml");
        browser.driver().findElement(By.id("toInterest")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("interestForm:name"))).sendKeys(name);
        browser.driver().findElement(By.id("interestForm:email")).sendKeys(email);
        browser.driver().findElement(By.id("interestForm:organisation")).sendKeys(organisation);
        browser.driver().findElement(By.id("interestForm:country")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("interestForm:country_filter"))).sendKeys(country);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#interestForm\\:country_panel li[data-label='" + country + "']"))).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.id("interestForm:country_label"), country));
        browser.driver().findElement(By.id("interestForm:seats_input")).sendKeys(String.valueOf(seats));
        browser.driver().findElement(By.id("interestForm:message")).sendKeys(message);
    }

    public void pressSend() {
        browser.driver().findElement(By.id("interestForm:send")).click();
        browser.ajaxDone();
    }

    public String interestPanel() {
        return browser.driver().findElement(By.id("interest")).getText();
    }

    public void openLeadsFromMenu() {
        browser.driver().findElement(By.xpath("//span[@class='ui-menuitem-text' and text()='Leads']")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("list:leads")));
    }

    public void searchLeads(String text) {
        browser.type("list:search", text);
        browser.waiting().until(d -> leadsTable().contains(text));
    }

    public String leadsTable() {
        return browser.driver().findElement(By.id("list:leads")).getText();
    }

    /** Opens the work dialog of the lead on the first row showing the organisation, sets its state and notes, saves. */
    public void workLead(String organisation, String stateLabel, String notes) {
        openLead(organisation);
        workOpenLead(stateLabel, notes);
    }

    /** Opens the work dialog of the lead on the first row showing the organisation. */
    public void openLead(String organisation) {
        // the search may still re-render the table once: find the row again when it does
        browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(By.xpath("//tbody[@id='list:leads_data']/tr[.//strong[text()='" + organisation + "']]"))
                    .findElement(By.cssSelector("button[id$=':work']")).click();
            return true;
        });
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("leadForm:notes")));
    }

    /** The lead's whole message, as the open work dialog shows it. */
    public String leadMessage() {
        return browser.driver().findElement(By.id("message")).getText();
    }

    /** In the open work dialog: sets the state and notes, saves. */
    public void workOpenLead(String stateLabel, String notes) {
        browser.driver().findElement(By.xpath("//*[@id='leadForm:state']//label[normalize-space()='" + stateLabel + "']")).click();
        WebElement text = browser.driver().findElement(By.id("leadForm:notes"));
        text.clear();
        text.sendKeys(notes);
        browser.driver().findElement(By.id("leadForm:save")).click();
        browser.ajaxDone();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("leadForm:notes")));
    }

    /** Opens the create-tenant form of the lead on the first row showing the organisation (the provider admin's button). */
    public void startConversion(String organisation) {
        browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(By.xpath("//tbody[@id='list:leads_data']/tr[.//strong[text()='" + organisation + "']]"))
                    .findElement(By.cssSelector("button[id$=':convert']")).click();
            return true;
        });
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("convertForm:name")));
        browser.ajaxDone();
    }

    /** What the open create-tenant form holds in a field (a text input's value, a menu's label). */
    public String conversionField(String field) {
        List<WebElement> label = browser.driver().findElements(By.id("convertForm:" + field + "_label"));
        return label.isEmpty() ? browser.driver().findElement(By.id("convertForm:" + field)).getAttribute("value") : label.get(0).getText();
    }

    /** Creates the tenant from the open form and waits for the dialog to close. */
    public void convert() {
        browser.driver().findElement(By.id("convertForm:save")).click();
        browser.ajaxDone();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("convertForm:name")));
    }
}
