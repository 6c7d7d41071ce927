package org.mxdr.access.boundary;

import java.time.Instant;

import org.mxdr.access.entity.Permissions;
import org.mxdr.access.entity.SettingsWizard;
import org.mxdr.access.entity.WizardStep;

/**
 * The settings wizard as its admin resumes it: the step, the permissions chosen so far (the
 * expiry defaulting to the subscription's end), and the grant as it stands.
 */
public record WizardState(WizardStep step, boolean submitted, String submittedBy, Instant submittedAt, Permissions permissions,
                          boolean defaultExpiry, GrantState grant) {

    static WizardState of(SettingsWizard w, GrantState grant) {
        return new WizardState(w.getStep(), w.isSubmitted(), w.getSubmittedBy(), w.getSubmittedAt(),
                w.permissions(grant.subscriptionEnd()), w.isDefaultExpiry(), grant);
    }
}
