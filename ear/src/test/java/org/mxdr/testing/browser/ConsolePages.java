package org.mxdr.testing.browser;

import org.mxdr.testing.Api;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The console's frame around every page: signing in and out, the menu, the heading, a refusal.
 * Each page has its own page object beside this one ({@link TenantPages}, {@link LeadPages}, ...).
 */
public final class ConsolePages {
    public static final String CONSOLE = Api.SERVER + "/mxdr";

    private final Browser browser;

    public ConsolePages(Browser browser) {
        this.browser = browser;
    }

    public ConsolePages signIn(String username, String password) {
        browser.driver().get(CONSOLE + "/console/home.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.type("username", username);
        browser.type("password", password);
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

    /** Opens a page by its entry in the menu bar. */
    public void openFromMenu(String label) {
        browser.driver().findElement(By.xpath("//span[@class='ui-menuitem-text' and text()='" + label + "']")).click();
    }

    /** On how many lines the menu bar's items lie. */
    public long menuLines() {
        return ((Number) script("return new Set([...document.querySelectorAll("
                + "'.mxdr-header .ui-menubar > .ui-menu-list > .ui-menuitem')].map(e => Math.round(e.getBoundingClientRect().top))).size;"))
                .longValue();
    }

    /** The height of the bar at the top, the account and Sign out included, in pixels. */
    public double barHeight() {
        return ((Number) script("return document.querySelector('.mxdr-header').getBoundingClientRect().height;")).doubleValue();
    }

    private Object script(String js) {
        return ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(js);
    }

    /** On a narrow window the menu folds behind a button. */
    public boolean menuShown() {
        return browser.driver().findElement(By.id("nav:menu")).isDisplayed();
    }

    public boolean menuButtonShown() {
        return browser.driver().findElement(By.id("menuToggle")).isDisplayed();
    }

    /** The menu button's aria-expanded: "true" while it shows the menu. */
    public String menuButtonExpanded() {
        return browser.driver().findElement(By.id("menuToggle")).getAttribute("aria-expanded");
    }

    public void pressMenuButton() {
        browser.driver().findElement(By.id("menuToggle")).click();
    }

    /** Waits for the confirmation dialog that every page shares (before a termination, a submission, an answer). */
    public void waitForConfirmation() {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmYes")));
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
}
