package org.mxdr.notify.control;

import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.audit.control.AuditTrail;
import org.mxdr.notify.entity.NotificationSettings;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.platform.Edits;
import org.mxdr.response.entity.Severity;

/** A tenant's notification settings, or the defaults when it never chose. */
@Stateless
@PermitAll
public class NotificationPreferences {
    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Tenants tenants;

    @Inject
    AuditTrail audit;

    public NotificationSettings of(String tenantId) {
        NotificationSettings stored = em.find(NotificationSettings.class, tenantId);
        return stored != null ? stored : NotificationSettings.defaults(tenantId);
    }

    /**
     * Replaces the settings; once they are saved, the version read is required and a change made
     * meanwhile is a conflict. Audited with before and after in words.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public NotificationSettings change(String actor, String tenantId, Set<Severity> severities, boolean monthlyReport,
                                       int escalationMinutes, Long expectedVersion) {
        NotificationSettings.checkedEscalationMinutes(escalationMinutes); // a bad value is named before the version is asked for
        tenants.locked(tenantId);
        NotificationSettings settings = em.find(NotificationSettings.class, tenantId);
        if (settings == null) {
            settings = NotificationSettings.defaults(tenantId);
            em.persist(settings);
        } else {
            Edits.requireUnchanged(settings.getVersion(), expectedVersion, null);
        }
        String before = settings.describe();
        settings.change(severities, monthlyReport, escalationMinutes);
        if (!before.equals(settings.describe())) {
            audit.record(actor, tenantId, "notifications.changed", before, settings.describe());
        }
        return Edits.flushed(em, settings);
    }
}
