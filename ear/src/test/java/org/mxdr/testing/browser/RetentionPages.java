package org.mxdr.testing.browser;

import java.net.http.HttpResponse;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Data location, Settings › Data and the deletion certificates, as a person uses them. */
public final class RetentionPages {
    private final Browser browser;

    public RetentionPages(Browser browser) {
        this.browser = browser;
    }

    /** Settings › Data location, through the menu. */
    public void openDataLocationFromMenu() {
        // the menubar opens its submenus on hover
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .moveToElement(browser.driver().findElement(By.xpath("//li[contains(@class,'ui-menu-parent')]/a[.//span[text()='Settings']]")))
                .perform();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//span[@class='ui-menuitem-text' and text()='Data location']"))).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("dataLocationTitle")));
    }

    public void openData() {
        // away from the menu first, so no open submenu lies over the button
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(browser.driver().findElement(By.id("dataLocationTitle"))).perform();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//span[@class='ui-menuitem-text' and text()='Data location']")));
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("toData"))).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("dataTitle")));
    }

    public String retainUntil() {
        return browser.driver().findElement(By.id("retainUntil")).getText();
    }

    public String card(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    public void openCertificates() {
        browser.driver().findElement(By.id("toCertificates")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("certificatesTitle")));
    }

    public String certificates() {
        return browser.driver().findElement(By.id("list:certificates")).getText();
    }

    /** Downloads the tenant's export from Settings › Data. */
    public HttpResponse<byte[]> downloadExport() throws Exception {
        return browser.download(By.id("export"));
    }

    /** Downloads the deletion certificate on the list's row of the tenant. */
    public HttpResponse<byte[]> downloadCertificate(String tenantId) throws Exception {
        return browser.download(By.xpath("//tr[contains(., '" + tenantId + "')]//a[contains(., 'Download')]"));
    }
}
