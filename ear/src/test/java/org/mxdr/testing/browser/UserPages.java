package org.mxdr.testing.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The Users page as an admin uses it: find users, and the New user dialog. */
public final class UserPages {
    private final Browser browser;

    public UserPages(Browser browser) {
        this.browser = browser;
    }

    public void open() {
        new ConsolePages(browser).open("/console/users.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("list:users")));
    }

    /**
     * Types into the search box and waits until every row shown has the text in it, or none matches.
     * The search runs on the last key up; when the list seems not to react on a busy machine, the
     * text is typed again, as a person would.
     */
    public void search(String text) {
        for (int attempt = 1; ; attempt++) {
            browser.type("list:search", text);
            try {
                // the list re-renders under the search: read it again when it does
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(8))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                            var rows = d.findElements(By.cssSelector("[id='list:users_data'] > tr"));
                            return table().contains("No user matches.")
                                    || !rows.isEmpty() && rows.stream().allMatch(r -> r.getText().toLowerCase().contains(text.toLowerCase()));
                        });
                break;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        browser.ajaxDone();
    }

    public String table() {
        return browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("list:users")).getText());
    }

    public void startNewUser() {
        browser.driver().findElement(By.id("newUser")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("userForm:username")));
    }

    public void fill(String username, String email, String roleLabel, String password) {
        browser.type("userForm:username", username);
        browser.type("userForm:email", email);
        browser.choose("userForm:role", roleLabel);
        browser.type("userForm:password", password);
    }

    /** Types part of the organisation's name and picks the organisation from the suggestions. */
    public void pickOrganisation(String typed, String name) {
        browser.type("userForm:tenantId_input", typed);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#userForm\\:tenantId_panel li[data-item-label='" + name + "']"))).click();
        browser.waiting().until(d -> name.equals(d.findElement(By.id("userForm:tenantId_input")).getAttribute("value")));
        // the suggestions fade out: half-transparent, they would read as too faint to the accessibility check
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("userForm:tenantId_panel")));
    }

    public void save() {
        browser.driver().findElement(By.id("userForm:save")).click();
        browser.ajaxDone();
    }

    public void cancel() {
        browser.driver().findElement(By.id("userForm:cancel")).click();
        browser.waiting().until(d -> !dialogOpen());
    }

    public boolean dialogOpen() {
        return browser.driver().findElement(By.id("createDialog")).isDisplayed();
    }

    /** What the New user dialog's username field holds. */
    public String typedUsername() {
        return browser.driver().findElement(By.id("userForm:username")).getAttribute("value");
    }

    /** The first time the list shows (a user's "since"), whose title is the same instant in UTC. */
    public WebElement firstTime() {
        return browser.driver().findElement(By.cssSelector("[id='list:users'] span[title$=' UTC']"));
    }

    /** Waits until the page says the text (the answer to sending a reset link, say). */
    public void waitForText(String text) {
        browser.waiting().until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    public String form() {
        return browser.driver().findElement(By.id("userForm")).getText();
    }


    // ---- edit and reset, on the one row a search left

    /** Opens the Edit dialog of the first row shown. */
    public void editFirst() {
        browser.driver().findElement(By.id("list:users:0:edit")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:editEmail")));
    }

    public void changeEmailAndRole(String email, String roleLabel) {
        browser.type("editForm:editEmail", email);
        browser.choose("editForm:editRole", roleLabel);
        browser.driver().findElement(By.id("editForm:editSave")).click();
        browser.ajaxDone();
    }

    public boolean editDialogOpen() {
        return browser.driver().findElement(By.id("editDialog")).isDisplayed();
    }

    /** Sends the first row's user a reset link, confirming the question. */
    public void sendResetToFirst() {
        browser.driver().findElement(By.id("list:users:0:reset")).click();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        browser.ajaxDone();
    }
}
