package org.mxdr.testing.browser;

import org.openqa.selenium.By;

/** A question's thread: the messages, its status, and the reply form. */
public final class QuestionThreadPages {
    private final Browser browser;

    public QuestionThreadPages(Browser browser) {
        this.browser = browser;
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
}
