package org.mxdr.notify.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.mxdr.notify.control.NotificationPreferences;
import org.mxdr.notify.entity.NotificationSettings;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;

/**
 * The Notifications page and {@code /tenants/{t}/notification-settings}: the tenant's users read
 * them, its admin changes them.
 */
@Stateless
@RolesAllowed(Roles.TENANT_ADMIN)
public class NotificationSettingsService {
    @Inject
    Callers callers;

    @Inject
    NotificationPreferences preferences;

    @RolesAllowed({Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER})
    public NotificationSettings get(@TenantId String tenantId) {
        callers.requireTenant(tenantId, "read notification settings");
        return preferences.of(tenantId);
    }

    /**
     * Replaces the settings: severities by name, each refused naming the field when unknown;
     * absent values keep what is set; once saved, the version read is required.
     */
    public NotificationSettings put(@TenantId String tenantId, List<String> incidentSeverities, Boolean monthlyReport,
                                    Integer escalationMinutes, Long version) {
        Caller caller = callers.requireTenant(tenantId, "change notification settings");
        NotificationSettings now = preferences.of(tenantId);
        return preferences.change(caller.username(), tenantId,
                incidentSeverities == null ? now.getIncidentSeverities() : NotificationSettings.severities(incidentSeverities),
                monthlyReport == null ? now.isMonthlyReport() : monthlyReport,
                escalationMinutes == null ? now.getEscalationMinutes() : escalationMinutes, version);
    }
}
