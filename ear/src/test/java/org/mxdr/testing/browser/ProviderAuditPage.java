package org.mxdr.testing.browser;

/** The provider admin's Audit across tenants, filtered by tenant if he likes. */
public final class ProviderAuditPage extends AuditTrailPage {

    public ProviderAuditPage(Browser browser) {
        super(browser);
    }

    public void open() {
        openAt("/console/provider/audit.xhtml");
    }

    public void filterTenant(String name) {
        browser.choose("auditForm:tenant", name);
    }
}
