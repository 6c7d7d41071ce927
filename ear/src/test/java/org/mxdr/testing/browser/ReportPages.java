package org.mxdr.testing.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Reports and Reports across tenants, as a person uses them. */
public final class ReportPages {
    private final Browser browser;

    public ReportPages(Browser browser) {
        this.browser = browser;
    }

    /** Reports, through the menu (a tenant user's report; a provider user's summary across tenants). */
    public void openFromMenu(String heading) {
        browser.driver().findElement(By.xpath("//span[@class='ui-menuitem-text' and text()='Reports']")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(heading)));
    }

    /** The charts drawn: each p:chart's canvas, with its height once Chart.js has drawn it. */
    public int chartsDrawn() {
        return browser.driver().findElements(By.cssSelector(".ui-chart canvas")).stream()
                .filter(c -> c.getSize().getHeight() > 50 && c.getSize().getWidth() > 50).toList().size();
    }

    public String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    public void openTenant(String tenantName) {
        browser.driver().findElement(By.linkText(tenantName)).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reportTitle")));
    }

    /** Follows a download link as the signed-in browser would (its session cookie), answering the body. */
    public HttpResponse<byte[]> download(String linkId) throws Exception {
        String href = browser.driver().findElement(By.id(linkId)).getAttribute("href");
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href)).timeout(Duration.ofSeconds(60))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
