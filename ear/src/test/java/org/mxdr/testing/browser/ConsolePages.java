package org.mxdr.testing.browser;

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
            browser.driver().findElement(By.id("createForm:region")).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#createForm\\:region_panel li[data-label='" + regionLabel + "']"))).click();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("createForm:region_label"), regionLabel));
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("createForm:region_panel")));
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
}
