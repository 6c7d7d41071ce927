package org.mxdr.testing.browser;

import java.net.http.HttpResponse;
import org.openqa.selenium.By;

/** Settings › Data: the tenant's export. */
public final class DataPages {
    private final Browser browser;

    public DataPages(Browser browser) {
        this.browser = browser;
    }

    /** Downloads the tenant's export from Settings › Data. */
    public HttpResponse<byte[]> downloadExport() throws Exception {
        return browser.download(By.id("export"));
    }
}
