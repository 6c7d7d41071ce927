package org.mxdr.testing.browser;

import org.openqa.selenium.By;

/** The API reference page: the server's OpenAPI document rendered by Swagger UI. */
public final class ApiReferencePages {
    private final Browser browser;

    public ApiReferencePages(Browser browser) {
        this.browser = browser;
    }

    /** Opens the page from the menu and waits until the operations are rendered. */
    public void openFromMenu() {
        new ConsolePages(browser).openFromMenu("API reference");
        browser.waiting().until(d -> d.findElements(By.cssSelector(".opblock")).size() > 20);
    }

    /** The operations as the page lists them (without the zero-width spaces Swagger UI puts in paths). */
    public String operations() {
        return browser.driver().findElement(By.id("swagger-ui")).getText().replace("\u200B", "");
    }
}
