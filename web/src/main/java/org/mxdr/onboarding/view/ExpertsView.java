package org.mxdr.onboarding.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.access.boundary.GrantState;
import org.mxdr.access.boundary.PermissionService;
import org.mxdr.access.boundary.SettingsWizardService;
import org.mxdr.access.boundary.WizardState;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.onboarding.boundary.SubscriptionService;
import org.mxdr.onboarding.boundary.SubscriptionSummary;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.Roles;
import org.mxdr.platform.view.SessionView;
import org.mxdr.platform.view.FieldMessages;

/**
 * Settings > Experts of the signed-in tenant user's own tenant: the subscription with the
 * consent to hunting-data access, where the experts' access stands (and the way into the wizard
 * and the settings pages for the admin), the readiness assessment, and termination for its admin.
 */
@Named
@ViewScoped
public class ExpertsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient UserService users;

    @Inject
    transient TenantService tenants;

    @Inject
    transient SubscriptionService subscriptions;

    @Inject
    transient PermissionService permissions;

    @Inject
    transient SettingsWizardService wizard;

    @Inject
    transient SessionView session;

    private Tenant tenant;
    private SubscriptionSummary summary;
    private GrantState grant;
    private WizardState wizardState;

    public void load() {
        Caller me = users.me();
        if (!me.isTenantUser()) {
            throw new NotFound("Settings > Experts belongs to a tenant's own users.");
        }
        tenant = tenants.get(me.tenantId());
        summary = subscriptions.summary(tenant.getId());
        grant = permissions.get(tenant.getId());
        wizardState = session.has(Roles.TENANT_ADMIN) ? wizard.open(tenant.getId()) : null;
    }

    public void terminate() {
        try {
            subscriptions.terminate(tenant.getId());
            FieldMessages.info("Your subscription is terminated; the provider's experts no longer have access.");
        } catch (Conflict refused) {
            FieldMessages.show("terminateForm", refused);
        }
        summary = subscriptions.summary(tenant.getId());
        grant = permissions.get(tenant.getId());
    }

    public Tenant getTenant() {
        return tenant;
    }

    public SubscriptionSummary getSummary() {
        return summary;
    }

    public GrantState getGrant() {
        return grant;
    }

    /** The tenant admin's wizard; null for the other tenant roles. */
    public WizardState getWizard() {
        return wizardState;
    }
}
