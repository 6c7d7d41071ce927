package org.mxdr.testing.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The tenant's incident queue: search, order, and the incidents' short ids as listed. */
public final class IncidentQueuePages {
    private final Browser browser;
    private final ConsolePages console;

    public IncidentQueuePages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    public void open() {
        console.open("/console/response/incidents.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("queueForm:incidents")));
    }

    /** Types into the queue's search box, replacing what was there, as a person does; the list follows as one types. */
    public void search(String text) {
        browser.type("queueForm:search", text);
    }

    /** Chooses the queue's order by its label; the list follows at once. */
    public void sortBy(String label) {
        browser.choose("queueForm:order", label);
        browser.ajaxDone();
    }

    /** The short ids of the queue's rows, top to bottom, read in one go (the list may be re-rendered meanwhile). */
    @SuppressWarnings("unchecked")
    public List<String> keys() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return [...document.querySelectorAll(\"[id='queueForm:incidents'] .mxdr-key\")].map(e => e.textContent.trim());");
    }

    public String text() {
        return browser.driver().findElement(By.id("queueForm:incidents")).getText();
    }
}
