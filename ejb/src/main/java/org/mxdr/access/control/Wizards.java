package org.mxdr.access.control;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.access.boundary.GrantState;
import org.mxdr.access.entity.SettingsWizard;
import org.mxdr.access.entity.WizardStep;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.Edits;

/** Keeps each tenant's settings wizard: where its admin is and what was chosen so far. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Wizards {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Tenants tenants;

    @Inject
    Grants grants;

    /** The tenant's wizard, started at its first page the first time. */
    public SettingsWizard open(String actor, String tenantId) {
        SettingsWizard wizard = em.find(SettingsWizard.class, tenantId);
        if (wizard == null) {
            tenants.locked(tenantId);
            wizard = em.find(SettingsWizard.class, tenantId);
            if (wizard == null) {
                wizard = SettingsWizard.start(tenantId, actor, Instant.now(clock));
                em.persist(wizard);
            }
        }
        return wizard;
    }

    /** The wizard, refused once submitted: its pages are then edited on their own. */
    public SettingsWizard openForEdit(String actor, String tenantId) {
        SettingsWizard wizard = open(actor, tenantId);
        wizard.requireOpen();
        return wizard;
    }

    public void goTo(String actor, String tenantId, WizardStep step) {
        openForEdit(actor, tenantId).navigate(step, actor, Instant.now(clock));
    }

    /** Submits: the chosen permissions become the grant, unless someone granted access meanwhile. */
    public GrantState submit(String actor, String tenantId) {
        tenants.locked(tenantId);
        SettingsWizard wizard = openForEdit(actor, tenantId);
        GrantState current = grants.state(tenantId);
        if (current.isLive()) {
            throw new Conflict("Access was granted meanwhile (" + current.lastChange() + "); its permissions are shown under Settings > Experts.");
        }
        GrantState granted = grants.grantOrChange(actor, tenantId, wizard.permissions(current.subscriptionEnd()), null);
        wizard.submitted(actor, Instant.now(clock));
        Edits.flushed(em, wizard);
        return granted;
    }

    /** Opens the wizard again from the first page, from the permissions last granted; only while no grant is live. */
    public SettingsWizard restart(String actor, String tenantId) {
        tenants.locked(tenantId);
        GrantState current = grants.state(tenantId);
        if (current.isLive()) {
            throw new Conflict("The experts have access already; change it on the Permissions page instead.");
        }
        SettingsWizard wizard = open(actor, tenantId);
        wizard.restart(current.version() == null ? null : current.permissions(), actor, Instant.now(clock));
        return wizard;
    }

    /** Access granted through the API or a settings page: the wizard has nothing left to do. */
    public void grantedOutside(String actor, String tenantId) {
        SettingsWizard wizard = open(actor, tenantId);
        if (!wizard.isSubmitted()) {
            wizard.submitted(actor, Instant.now(clock));
        }
    }
}
