package org.mxdr.testing.browser;

import java.net.http.HttpResponse;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A tenant's report: its charts, its period, the cards' table, and its CSV and PDF. */
public final class ReportPages {
    private final Browser browser;

    public ReportPages(Browser browser) {
        this.browser = browser;
    }

    /** Reports, through the menu: a tenant user's report. */
    public void openFromMenu() {
        new ConsolePages(browser).openFromMenu("Reports");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reportTitle")));
    }

    /** The charts drawn: each p:chart's canvas, with its height once Chart.js has drawn it. */
    public int chartsDrawn() {
        return browser.driver().findElements(By.cssSelector(".ui-chart canvas")).stream()
                .filter(c -> c.getSize().getHeight() > 50 && c.getSize().getWidth() > 50).toList().size();
    }

    public String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    /** Chooses the report's period with the page's date fields (as the date picker leaves them) and Show. */
    public void choosePeriod(java.time.LocalDate from, java.time.LocalDate to) {
        var js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        js.executeScript("document.getElementById('from').value = arguments[0]; document.getElementById('to').value = arguments[1];",
                from.toString(), to.toString());
        var show = browser.driver().findElement(By.id("apply"));
        show.click();
        // Show submits the form as a GET: the old page goes, and the new one settles before anything on it is read
        browser.waiting().until(ExpectedConditions.stalenessOf(show));
        browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> d.getCurrentUrl().contains("from=" + from)
                && d.findElement(By.id("from")).getAttribute("value").equals(from.toString()));
        browser.ajaxDone();
    }

    /** The number of cards the report counts for its period. */
    public int customerActionsTotal() {
        return Integer.parseInt(text("customerActionsCount").split(" ")[0]);
    }

    /** Which of the cards the table shows, e.g. "11-20 of 29". */
    public String actionsShown() {
        return browser.driver().findElement(By.cssSelector("#actionsForm\\:actions .ui-paginator-current")).getText();
    }

    /** The state of the table's row (from 0). */
    public String actionState(int row) {
        return browser.driver().findElements(By.cssSelector("#actionsForm\\:actions tbody tr")).get(row).findElement(By.cssSelector(".mxdr-badge"))
                .getText();
    }

    /** The cards' next page, read lazily from the store. */
    public void nextActionsPage() {
        String before = actionsShown();
        browser.driver().findElement(By.cssSelector("#actionsForm\\:actions .ui-paginator-next")).click();
        browser.waiting().until(d -> !actionsShown().equals(before));
        browser.ajaxDone();
    }

    /** Downloads the report through one of its links (downloadCsv, downloadPdf). */
    public HttpResponse<byte[]> download(String linkId) throws Exception {
        return browser.download(By.id(linkId));
    }
}
