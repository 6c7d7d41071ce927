package org.mxdr.testing.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An incident's page, as experts and the customer's users use it: facts, classification, cards, chat, ladder. */
public final class IncidentPages {
    private final Browser browser;
    private final ConsolePages console;

    public IncidentPages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    public void open(String tenantId, String incidentId) {
        console.open("/console/response/incident.xhtml?tenant=" + tenantId + "&id=" + incidentId);
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("incidentTitle")));
    }

    /** Opens an incident's page by its id alone and returns its escalation ladder card, as text. */
    public String ladder(String incidentId) {
        console.open("/console/response/incident.xhtml?id=" + incidentId);
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("escalationCard"))).getText();
    }

    /** Waits until an incident's page shows (opened from the queue by a key, say). */
    public void waitForIncident() {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("incidentTitle")));
    }

    /** Waits until the card at the index has been answered: it offers no button any more. */
    public void waitUntilAnswered(int card) {
        browser.waiting().until(d -> d.findElements(By.cssSelector("#card" + card + " button")).isEmpty());
    }

    public String incidentKey() {
        return browser.driver().findElement(By.id("incidentKey")).getText();
    }

    public String assets() {
        return browser.driver().findElement(By.id("assetsCard")).getText();
    }

    public void classify(String label, String determination) {
        browser.choose("classifyForm:classification", label);
        browser.type("classifyForm:determination", determination);
        click("classifyForm:classify");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("classification")));
    }

    /** Chooses a verdict that resolves the incident and asks to classify: returns what the confirmation says, left open. */
    public String classifyAsking(String label, String determination) {
        browser.choose("classifyForm:classification", label);
        browser.ajaxDone();
        browser.type("classifyForm:determination", determination);
        click("classifyForm:classify");
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog"))).getText();
    }

    /** Answers the open confirmation: yes or no. */
    public void confirm(boolean yes) {
        click(yes ? "confirmYes" : "confirmNo");
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
    }

    public boolean reopenable() {
        return !browser.driver().findElements(By.id("resolveForm:reopen")).isEmpty();
    }

    /** Opens the reopen dialog, gives the reason and submits; the dialog stays open when refused. */
    public void reopen(String reason) {
        click("resolveForm:reopen");
        browser.type("reopenForm:reason", reason);
        click("reopenForm:reopenConfirm");
    }

    public boolean reopenDialogOpen() {
        return browser.driver().findElement(By.id("reopenDialog")).isDisplayed();
    }

    /** What the open reopen dialog shows, its messages included. */
    public String reopenDialog() {
        return browser.driver().findElement(By.id("reopenDialog")).getText();
    }

    /** Gives another reason in the dialog still open and submits. */
    public void reopenAgain(String reason) {
        browser.type("reopenForm:reason", reason);
        click("reopenForm:reopenConfirm");
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("reopenDialog")));
    }

    public String facts() {
        return browser.driver().findElement(By.id("factsCard")).getText();
    }

    public void act(String action, String target, String rationale) {
        browser.choose("actForm:type", action);
        browser.ajaxDone();
        browser.choose("actForm:target", target);
        browser.type("actForm:rationale", rationale);
        int before = cardCount();
        click("actForm:act");
        browser.waiting().until(d -> cardCount() > before);
    }

    public int cardCount() {
        return browser.driver().findElements(By.cssSelector(".mxdr-action-card")).size();
    }

    public String status() {
        return browser.driver().findElement(By.id("incidentStatus")).getText();
    }

    public String actions() {
        return browser.driver().findElement(By.id("actionsCard")).getText();
    }

    /** The card buttons, enabled or not, of the card at the index. */
    public List<WebElement> cardButtons(int card) {
        return browser.driver().findElements(By.cssSelector("#card" + card + " button"));
    }

    /** Answers the card at the index and confirms. */
    public void answer(int card, boolean completed) {
        WebElement button = browser.driver().findElements(By.cssSelector("#card" + card + " button")).stream()
                .filter(b -> b.getText().contains(completed ? "I've completed this action" : "Skip")).findFirst().orElseThrow();
        button.click();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
        browser.ajaxDone();
        browser.waiting().until(d -> d.findElements(By.cssSelector("#card" + card + " button")).isEmpty());
    }

    public void send(String message) {
        browser.type("chatForm:body", message);
        click("chatForm:send");
        browser.waiting().until(d -> chat().contains(message));
    }

    public String chat() {
        return browser.driver().findElement(By.id("chatForm:messages")).getText();
    }

    public boolean resolvable() {
        return !browser.driver().findElements(By.id("resolveForm:resolve")).isEmpty();
    }

    public Object script(String js) {
        return ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(js);
    }

    private void click(String id) {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        browser.ajaxDone();
    }
}
