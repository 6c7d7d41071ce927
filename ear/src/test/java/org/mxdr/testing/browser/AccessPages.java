package org.mxdr.testing.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The settings wizard, the pages under Settings > Experts, and the expert's tenants, as a person uses them. */
public final class AccessPages {
    private final Browser browser;
    private final ConsolePages console;

    public AccessPages(Browser browser) {
        this.browser = browser;
        this.console = new ConsolePages(browser);
    }

    public void openSettings() {
        console.open("/console/settings/experts.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("accessCard")));
    }

    public String accessCard() {
        return browser.driver().findElement(By.id("accessCard")).getText();
    }

    public void getStarted() {
        browser.driver().findElement(By.id("getStarted")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("wizardTitle")));
        browser.ajaxDone();
    }

    public void openWizard() {
        console.open("/console/access/wizard.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("wizardTitle")));
    }

    /** The step the wizard shows, by its label in the steps bar. */
    public String currentStep() {
        return browser.driver().findElement(By.cssSelector("#steps li.current .mxdr-step-title")).getText();
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
     * and leaves it. Keys typed while the picker's panel is still opening are lost on a busy
     * machine, as a person's would be, so it types again until the field shows the day.
     */
    public void typeLastDay(String day) {
        String shown = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            WebElement input = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("permissionsForm:lastDay_input")));
            input.click();
            // what was there is selected and deleted as a person does (the field offers the subscription's last day), then the day typed
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(day, Keys.TAB);
            browser.ajaxDone();
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                        .until(d -> day.equals(d.findElement(By.id("permissionsForm:lastDay_input")).getAttribute("value")));
                return;
            } catch (TimeoutException e) {
                shown = browser.driver().findElement(By.id("permissionsForm:lastDay_input")).getAttribute("value");
            }
        }
        throw new AssertionError("the last day shows '" + shown + "', not '" + day + "', after three tries");
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

    public void openExpertTenants() {
        console.open("/console/access/expert-tenants.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("tenantsForm:tenants")));
    }

    public String expertTenants() {
        return browser.driver().findElement(By.id("tenantsForm:tenants")).getText();
    }

    /** Narrows the expert's tenants to those whose name contains the text, and waits for the list to show it. */
    public String findExpertTenant(String text) {
        browser.type("tenantsForm:search", text);
        // every row shown names the text: the list is the filtered one
        browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                d.findElements(By.cssSelector("[id='tenantsForm:tenants_data'] > tr")).stream().allMatch(r -> r.getText().contains(text))
                        && expertTenants().contains(text));
        browser.ajaxDone();
        return expertTenants();
    }

    public String enterTenant(String name) {
        // a search may still re-render the list once: find the link again when it does
        browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(By.linkText(name)).click();
            return true;
        });
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("grantCard"))).getText()
                + "\n" + browser.driver().findElement(By.id("exclusionsCard")).getText();
    }

    private void click(String id) {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        browser.ajaxDone();
    }


    private static String css(String id) {
        return id.replace(":", "\\:");
    }
}
