package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The experts' Queue: the incidents of every tenant that granted access, with their service-level badges. */
public final class ExpertQueuePages {
    private final Browser browser;
    private final ConsolePages console;

    public ExpertQueuePages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    public void openFromMenu() {
        console.openFromMenu("Queue");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("queueForm:incidents")));
    }

    /** Shows one tenant's incidents only. */
    public void filterTenant(String name) {
        browser.choose("queueForm:tenant", name);
        browser.ajaxDone();
    }

    /** The queue's rows as text, top to bottom. */
    public String queue() {
        return browser.driver().findElement(By.id("queueForm:incidents")).getText();
    }

    /** How many service-level badges of that state (empty: of any) the queue shows. */
    public int badges(String state) {
        String css = state.isEmpty() ? "[class*='sla-']" : ".sla-" + state;
        return browser.driver().findElements(By.cssSelector("#queueForm\\:incidents .mxdr-badge" + css)).size();
    }
}
