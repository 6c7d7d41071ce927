package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Settings › Response policy: which response actions ask for approval, per device group and user group. */
public final class ResponsePolicyPages {
    private final Browser browser;
    private final ConsolePages console;

    public ResponsePolicyPages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    public void open() {
        console.open("/console/access/response-policy.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("policyTitle")));
    }

    /** Chooses the mode of one cell of the grid, found by its label ("Isolate device on devices in the group 'Finance'"). */
    public void choose(String cellLabel, String modeLabel) {
        WebElement select = browser.driver().findElements(By.cssSelector("#policyForm select")).stream()
                .filter(s -> cellLabel.equals(s.getAttribute("aria-label"))).findFirst()
                .orElseThrow(() -> new AssertionError("no cell " + cellLabel));
        new Select(select).selectByVisibleText(modeLabel);
    }

    public String chosen(String cellLabel) {
        return browser.driver().findElements(By.cssSelector("#policyForm select")).stream()
                .filter(s -> cellLabel.equals(s.getAttribute("aria-label"))).findFirst()
                .map(s -> new Select(s).getFirstSelectedOption().getText()).orElse("");
    }

    public void save() {
        browser.driver().findElement(By.id("policyForm:save")).click();
        browser.ajaxDone();
    }

    public void waitForSaved() {
        browser.waiting().until(d -> d.getPageSource().contains("Saved: the policy applies"));
    }

    public String precedence() {
        return browser.driver().findElement(By.id("precedence")).getText();
    }
}
