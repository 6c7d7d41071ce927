package org.mxdr.testing.browser;

import org.openqa.selenium.By;

/** The devices or users that fail a prerequisite, reached from the readiness assessment or a refused subscription. */
public final class FailingPages {
    private final Browser browser;

    public FailingPages(Browser browser) {
        this.browser = browser;
    }

    /** The devices or users that fail the prerequisite, as text. */
    public String list() {
        return browser.driver().findElement(By.id("list:failing")).getText();
    }
}
