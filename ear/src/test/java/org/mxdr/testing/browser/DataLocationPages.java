package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Settings › Data location: where each store keeps the tenant's data, and until when it is retained. */
public final class DataLocationPages {
    private final Browser browser;

    public DataLocationPages(Browser browser) {
        this.browser = browser;
    }

    /** Settings › Data location, through the menu. */
    public void openFromMenu() {
        // the menubar opens its submenus on hover
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .moveToElement(browser.driver().findElement(By.xpath("//li[contains(@class,'ui-menu-parent')]/a[.//span[text()='Settings']]")))
                .perform();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//span[@class='ui-menuitem-text' and text()='Data location']"))).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("dataLocationTitle")));
    }

    public String retainUntil() {
        return browser.driver().findElement(By.id("retainUntil")).getText();
    }

    public String card(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    /** Follows the link to Settings › Data ({@link DataPages}). */
    public void openData() {
        // away from the menu first, so no open submenu lies over the button
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(browser.driver().findElement(By.id("dataLocationTitle"))).perform();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//span[@class='ui-menuitem-text' and text()='Data location']")));
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("toData"))).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("dataTitle")));
    }
}
