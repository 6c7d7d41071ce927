package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The settings wizard (permissions, exclusions, contacts, review), as a tenant's admin walks it. */
public final class WizardPages {
    private static final String LAST_DAY = "permissionsForm:lastDay_input";
    private final Browser browser;
    private final ConsolePages console;

    public WizardPages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    public void open() {
        console.open("/console/access/wizard.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("wizardTitle")));
    }

    /** The step the wizard shows, by its label in the steps bar. */
    public String currentStep() {
        return browser.driver().findElement(By.cssSelector("#steps li.current .mxdr-step-title")).getText();
    }

    /** Waits until the steps bar shows the step as the current one (after a key press, say). */
    public void waitForStep(String label) {
        browser.waiting().until(d -> d.findElements(By.cssSelector("#steps li.current .mxdr-step-title")).stream()
                .anyMatch(e -> e.getText().equals(label)));
    }

    public void toggle(String checkboxId) {
        browser.driver().findElement(By.cssSelector("#" + css(checkboxId) + " .ui-chkbox-box")).click();
        browser.ajaxDone();
    }

    public void switchAllDevices() {
        browser.driver().findElement(By.cssSelector("#permissionsForm\\:allDevices .ui-toggleswitch-slider")).click();
        browser.ajaxDone();
    }

    /** The warning's text once shown, or the empty string while it is not. */
    public String warning(String id) {
        return browser.driver().findElements(By.id(id)).stream().filter(WebElement::isDisplayed).map(WebElement::getText)
                .findFirst().orElse("");
    }

    public String waitForWarning(String id) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
    }

    /**
     * Types the last day of access (the field shown once "Until the subscription ends" is unticked)
     * and leaves it with Tab. What was there (the field offers the subscription's last day) is
     * replaced as a person does; {@link Browser#type} types again when keys were lost while the
     * picker's panel opened.
     */
    public void typeLastDay(String day) {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id(LAST_DAY))).click();
        browser.type(LAST_DAY, day);
        browser.press(Keys.TAB);
        browser.ajaxDone();
        browser.waiting().until(d -> day.equals(d.findElement(By.id(LAST_DAY)).getAttribute("value")));
    }

    /** The message shown next to the last day of access, once there is one. */
    public String lastDayMessage() {
        try {
            return browser.waiting().until(d -> {
                String text = d.findElement(By.id("permissionsForm:lastDayMessage")).getText();
                return text.isBlank() ? null : text;
            });
        } catch (TimeoutException e) {
            browser.screenshot("access-no-last-day-message");
            throw new AssertionError("no message next to the last day; the step shows: "
                    + browser.driver().findElement(By.id("wizard")).getText(), e);
        }
    }

    public boolean showsNoSubscription() {
        return !browser.driver().findElements(By.id("noSubscription")).isEmpty();
    }

    /** Why there is no step to fill in, as the page says it. */
    public String noSubscription() {
        return browser.driver().findElement(By.id("noSubscription")).getText();
    }

    /** Whether the page shows the first step's form. */
    public boolean showsTheFirstStep() {
        return !browser.driver().findElements(By.id("permissionsForm")).isEmpty();
    }

    /** Waits until the own last day's field is shown (once "Until the subscription ends" is unticked). */
    public void waitForLastDay() {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(LAST_DAY)));
    }

    public void next(String formId) {
        click(formId + ":next");
    }

    public void skipExclusions() {
        click("exclusionsForm:skip");
    }

    /** Ticks a group in one of the exclusion menus. */
    public void excludeGroup(String menuId, String group) {
        browser.driver().findElement(By.id(menuId)).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(menuId + "_panel")));
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + css(menuId)
                + "_panel li.ui-selectcheckboxmenu-item[data-item-value='" + group + "'] .ui-chkbox-box"))).click();
        browser.driver().findElement(By.id("exclusionsHint")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
    }

    public void addContact(String name, String email, String phone) {
        browser.type("contactForm:name", name);
        browser.type("contactForm:email", email);
        browser.type("contactForm:phone", phone);
        click("contactForm:addContact");
    }

    public String contactForm() {
        return browser.driver().findElement(By.id("contactForm")).getText();
    }

    /** Waits until the contacts step shows the text (a contact added, a message) and returns all of it. */
    public String contactFormShows(String text) {
        browser.waiting().until(d -> contactForm().contains(text));
        return contactForm();
    }

    public String review() {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reviewForm"))).getText();
    }

    /** Submits the wizard, answering its confirmation, and waits for Settings > Experts. */
    public void submit() {
        click("reviewForm:submit");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("accessCard")));
        browser.ajaxDone();
    }

    public String reviewShows(String text) {
        browser.waiting().until(d -> review().contains(text));
        return review();
    }

    private void click(String id) {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        browser.ajaxDone();
    }

    private static String css(String id) {
        return id.replace(":", "\\:");
    }
}
