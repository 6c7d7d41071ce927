package org.mxdr.access.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mxdr.platform.Conflict;

/**
 * A tenant admin's way through the settings wizard: the step reached and the permissions chosen
 * so far, kept in the database so the wizard resumes where it was left, after sign-out too.
 * Nothing in it grants anything until it is submitted.
 */
@Entity
@Table(name = "settings_wizard")
public class SettingsWizard {

    @Id
    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private WizardStep step;

    /** Its expiry null: the subscription's end, whatever it is when the wizard is submitted. */
    @Embedded
    private Permissions chosen;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected SettingsWizard() {
    }

    /** A wizard at its first page with the seed's defaults. */
    public static SettingsWizard start(String tenantId, String by, Instant now) {
        SettingsWizard w = new SettingsWizard();
        w.tenantId = Objects.requireNonNull(tenantId);
        w.restart(null, by, now);
        return w;
    }

    /** Back to the first page, starting from the given permissions (a live grant's) or the defaults. */
    public void restart(Permissions from, String by, Instant now) {
        step = WizardStep.PERMISSIONS;
        chosen = from == null ? Permissions.defaults(null) : from.expiringAt(null);
        submittedBy = null;
        submittedAt = null;
        touch(by, now);
    }

    /** Keeps the permissions chosen on the first page. */
    public void choose(Permissions chosen, boolean expiryIsDefault, String by, Instant now) {
        requireOpen();
        this.chosen = expiryIsDefault ? chosen.expiringAt(null) : chosen;
        touch(by, now);
    }

    public void goTo(WizardStep to, String by, Instant now) {
        requireOpen();
        step = Objects.requireNonNull(to);
        touch(by, now);
    }

    /**
     * Back to any page, or on from Contacts to the review; the other pages are left forward only
     * by saving (or skipping) them, so nothing is granted that was never chosen.
     */
    public void navigate(WizardStep to, String by, Instant now) {
        requireOpen();
        boolean forward = to.ordinal() > step.ordinal();
        if (forward && !(step == WizardStep.CONTACTS && to == WizardStep.REVIEW)) {
            throw new Conflict("step", "Finish the page " + step.label() + " first: it is saved as you go on.");
        }
        goTo(to, by, now);
    }

    public void submitted(String by, Instant now) {
        requireOpen();
        submittedBy = by;
        submittedAt = now;
        step = WizardStep.REVIEW;
        touch(by, now);
    }

    /** Refuses once submitted, saying who submitted it and when. */
    public void requireOpen() {
        if (submittedAt != null) {
            throw new Conflict("The settings wizard was submitted on " + Permissions.shown(submittedAt) + " by " + submittedBy
                    + "; change the settings on their pages under Settings > Experts.");
        }
    }

    private void touch(String by, Instant now) {
        updatedBy = Objects.requireNonNull(by);
        updatedAt = Objects.requireNonNull(now);
    }

    /** The chosen permissions, the expiry defaulting to the subscription's end. */
    public Permissions permissions(Instant subscriptionEnd) {
        return isDefaultExpiry() ? chosen.expiringAt(subscriptionEnd) : chosen;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public boolean isDefaultExpiry() {
        return chosen.expiresAt() == null;
    }

    public String getTenantId() {
        return tenantId;
    }

    public WizardStep getStep() {
        return step;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public long getVersion() {
        return version;
    }
}
