package org.mxdr.testing.browser;

import java.net.http.HttpResponse;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The provider's deletion certificates of purged tenants. */
public final class DeletionCertificatePages {
    private final Browser browser;

    public DeletionCertificatePages(Browser browser) {
        this.browser = browser;
    }

    /** Follows the link from the tenant list ({@link TenantPages}). */
    public void openFromTenants() {
        browser.driver().findElement(By.id("toCertificates")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("certificatesTitle")));
    }

    public String list() {
        return browser.driver().findElement(By.id("list:certificates")).getText();
    }

    /** Downloads the deletion certificate on the list's row of the tenant. */
    public HttpResponse<byte[]> downloadCertificate(String tenantId) throws Exception {
        return browser.download(By.xpath("//tr[contains(., '" + tenantId + "')]//a[contains(., 'Download')]"));
    }
}
