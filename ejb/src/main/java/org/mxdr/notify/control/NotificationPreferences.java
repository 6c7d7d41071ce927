package org.mxdr.notify.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.notify.entity.NotificationSettings;

/** A tenant's notification settings, or the defaults when it never chose. */
@Stateless
@PermitAll
public class NotificationPreferences {
    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    public NotificationSettings of(String tenantId) {
        NotificationSettings stored = em.find(NotificationSettings.class, tenantId);
        return stored != null ? stored : NotificationSettings.defaults(tenantId);
    }
}
