package org.mxdr.access.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.mxdr.access.control.Exclusions;
import org.mxdr.access.control.Grants;
import org.mxdr.access.control.Wizards;
import org.mxdr.access.entity.Permissions;
import org.mxdr.access.entity.SettingsWizard;
import org.mxdr.access.entity.WizardStep;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;

/**
 * The settings wizard of the tenant's own admin: Permissions, Exclusions, Contacts, Review and
 * submit. Every page is saved as it is left, so the wizard resumes where it was; nothing is
 * granted until it is submitted. Exclusions and contacts are saved for real on their pages
 * (they grant nothing by themselves); the permissions wait in the wizard.
 */
@Stateless
@RolesAllowed(Roles.TENANT_ADMIN)
public class SettingsWizardService {
    @Inject
    Callers callers;

    @Inject
    Wizards wizards;

    @Inject
    Grants grants;

    @Inject
    Exclusions exclusions;

    @Inject
    Clock clock;

    public WizardState open(@TenantId String tenantId) {
        Caller caller = callers.requireTenant(tenantId, "open settings wizard");
        return state(wizards.open(caller.username(), tenantId));
    }

    /** Keeps the Permissions page and moves on to Exclusions; the expiry is checked against the subscription now. */
    public WizardState choosePermissions(@TenantId String tenantId,
                                         @NotNull(message = "The permissions are required.") Permissions chosen, boolean defaultExpiry) {
        Caller caller = callers.requireTenant(tenantId, "change settings wizard");
        SettingsWizard wizard = wizards.openForEdit(caller.username(), tenantId);
        GrantState grant = grants.state(tenantId);
        if (grant.subscriptionEnd() == null) {
            throw new Conflict("Your organisation has no active subscription: the experts' access can only be granted under one.");
        }
        Instant now = Instant.now(clock);
        Permissions checked = defaultExpiry ? chosen.expiringAt(grant.subscriptionEnd()) : chosen.checked(now, grant.subscriptionEnd());
        wizard.choose(checked, defaultExpiry, caller.username(), now);
        wizard.goTo(WizardStep.EXCLUSIONS, caller.username(), now);
        return state(wizard);
    }

    /** Saves the exclusions and moves on to Contacts. */
    public WizardState chooseExclusions(@TenantId String tenantId, List<String> deviceGroups,
                                        List<String> userGroups, Long version) {
        Caller caller = callers.requireTenant(tenantId, "change settings wizard");
        SettingsWizard wizard = wizards.openForEdit(caller.username(), tenantId);
        exclusions.replace(caller.username(), tenantId, deviceGroups, userGroups, version);
        wizard.goTo(WizardStep.CONTACTS, caller.username(), Instant.now(clock));
        return state(wizard);
    }

    /** Skip: discards any exclusions and moves on to Contacts. */
    public WizardState skipExclusions(@TenantId String tenantId, Long version) {
        return chooseExclusions(tenantId, List.of(), List.of(), version);
    }

    /** Back or forward to a page already reached. */
    public WizardState goTo(@TenantId String tenantId,
                            @NotNull(message = "A step is required.") WizardStep step) {
        Caller caller = callers.requireTenant(tenantId, "change settings wizard");
        wizards.goTo(caller.username(), tenantId, step);
        return open(tenantId);
    }

    /** Grants what the wizard holds; refused without a contact for incident notification. */
    public GrantState submit(@TenantId String tenantId) {
        Caller caller = callers.requireTenant(tenantId, "submit settings wizard");
        return wizards.submit(caller.username(), tenantId);
    }

    /** Runs the wizard again, once the grant was revoked, expired, or the subscription renewed. */
    public WizardState restart(@TenantId String tenantId) {
        Caller caller = callers.requireTenant(tenantId, "restart settings wizard");
        return state(wizards.restart(caller.username(), tenantId));
    }

    private WizardState state(SettingsWizard wizard) {
        return WizardState.of(wizard, grants.state(wizard.getTenantId()));
    }
}
