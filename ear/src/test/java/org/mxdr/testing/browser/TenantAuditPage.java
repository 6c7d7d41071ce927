package org.mxdr.testing.browser;

/** Settings › Experts › Audit: the tenant admin's own trail. */
public final class TenantAuditPage extends AuditTrailPage {

    public TenantAuditPage(Browser browser) {
        super(browser);
    }

    public void open() {
        openAt("/console/access/audit.xhtml");
    }
}
