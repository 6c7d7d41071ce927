package org.mxdr.testing.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Page objects of the eligibility pages: upload, readiness assessment, failing list, inventory. */
public final class EligibilityPages {
    private final Browser browser;

    public EligibilityPages(Browser browser) {
        this.browser = browser;
    }

    public void openUpload(String tenantId) {
        open("/console/provider/inventory-upload.xhtml?id=" + tenantId);
    }

    public void openReadiness(String tenantId) {
        open("/console/readiness.xhtml" + (tenantId == null ? "" : "?id=" + tenantId));
    }

    public void openInventory(String tenantId) {
        open("/console/inventory.xhtml?id=" + tenantId);
    }

    private void open(String path) {
        browser.driver().get(ConsolePages.CONSOLE + path);
        browser.ajaxDone();
    }

    /** Uploads CSV text as a file through the card of the part ("Licences", "Users", "Devices"). */
    public void upload(String partLabel, String csv) {
        try {
            Path file = Files.createTempFile("inventory-", ".csv");
            Files.writeString(file, csv);
            WebElement card = browser.driver().findElement(By.xpath("//div[contains(@class,'mxdr-upload')][h2[text()='" + partLabel + "']]"));
            // a file input takes the file's path as keys; it is chosen, not typed, so Browser.type does not apply
            card.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            // the answer, imported or refused, names the file in quotes (the upload's own list shows it bare)
            String name = "'" + file.getFileName() + "'";
            browser.waiting().until(d -> d.findElement(By.tagName("body")).getText().contains(name));
            browser.ajaxDone();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String messages() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }

    public List<String> problemRows() {
        return browser.driver().findElements(By.cssSelector("#upload\\:problemTable tbody tr")).stream().map(WebElement::getText).toList();
    }

    public String status() {
        return browser.driver().findElement(By.id("readinessStatus")).getText();
    }

    public String action(String key) {
        return browser.driver().findElement(By.id("action-" + key)).getText();
    }

    public void followFailingLink(String key) {
        browser.driver().findElement(By.cssSelector("#action-" + key + " .mxdr-failing-link")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("list:failing")));
    }

    public String table(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    public void clickLink(String id) {
        browser.driver().findElement(By.id(id)).click();
        browser.ajaxDone();
    }
}
