package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Ask the experts: the credits left, the form that asks, and the list of questions (the tenant's, or the expert's). */
public final class QuestionPages {
    private final Browser browser;
    private final ConsolePages console;

    public QuestionPages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    public void openFromMenu() {
        console.openFromMenu("Ask the experts");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("questionsTitle")));
        browser.ajaxDone();
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

    /** Opens the thread of the question with this subject from the list ({@link QuestionThreadPages}). */
    public void openQuestion(String subject) {
        browser.driver().findElement(By.linkText(subject)).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("thread")));
    }
}
