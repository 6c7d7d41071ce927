package org.mxdr.testing.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The provider's inventory upload of a tenant: a CSV file per part, and the rows it refused. */
public final class InventoryUploadPages {
    private final Browser browser;
    private final ConsolePages console;

    public InventoryUploadPages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    public void open(String tenantId) {
        console.open("/console/provider/inventory-upload.xhtml?id=" + tenantId);
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
}
