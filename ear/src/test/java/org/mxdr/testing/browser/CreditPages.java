package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Ask the experts, a question's thread and the Credits ledger, as a person uses them. */
public final class CreditPages {
    private final Browser browser;

    public CreditPages(Browser browser) {
        this.browser = browser;
    }

    public void openQuestionsFromMenu() {
        browser.driver().findElement(By.xpath("//span[@class='ui-menuitem-text' and text()='Ask the experts']")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("questionsTitle")));
        browser.ajaxDone();
    }

    public void openLedgerFromMenu() {
        browser.driver().findElement(By.xpath("//span[@class='ui-menuitem-text' and text()='Credits']")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ledgerTitle")));
    }

    public String remaining() {
        return browser.driver().findElement(By.id("askForm:remaining")).getText();
    }

    public void ask(String subject, String body) {
        browser.type("askForm:subject", subject);
        browser.type("askForm:body", body);
        browser.driver().findElement(By.id("askForm:ask")).click();
        browser.ajaxDone();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("askForm:asked")));
    }

    public String askedNotice() {
        return browser.driver().findElement(By.id("askForm:asked")).getText();
    }

    /** The list of questions the page shows (the tenant's, or the expert's). */
    public String list() {
        return browser.driver().findElement(By.cssSelector("[id$='Form:questions']")).getText();
    }

    /** Opens the thread of the question with this subject from the list. */
    public void openQuestion(String subject) {
        browser.driver().findElement(By.linkText(subject)).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("thread")));
    }

    public void reply(String text) {
        browser.type("replyForm:body", text);
        browser.driver().findElement(By.id("replyForm:send")).click();
        browser.ajaxDone();
        browser.waiting().until(d -> thread().contains(text));
    }

    public String thread() {
        return browser.driver().findElement(By.id("thread")).getText();
    }

    public String status() {
        return browser.driver().findElement(By.id("status")).getText();
    }

    public String total(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    public String ledger() {
        return browser.driver().findElement(By.id("ledgerForm:credits")).getText();
    }

}
