package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The Response policy page, the page an approval mail links to, and Approvals, as a person uses them. */
public final class ApprovalPages {
    private final Browser browser;
    private final ConsolePages console;

    public ApprovalPages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    public void openPolicy() {
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

    public String precedence() {
        return browser.driver().findElement(By.id("precedence")).getText();
    }

    /** Opens a link from a mail and returns what its page shows. */
    public String openLink(String url) {
        browser.driver().get(url);
        browser.ajaxDone();
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("approval"))).getText();
    }

    /** Confirms the approval on the link's page and returns the answer shown. */
    public String confirmApproval() {
        browser.driver().findElement(By.id("answerForm:approve")).click();
        browser.ajaxDone();
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("answerText"))).getText();
    }

    public String openApprovals() {
        console.open("/console/approvals/approvals.xhtml");
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("approvalsForm:requests"))).getText();
    }
}
