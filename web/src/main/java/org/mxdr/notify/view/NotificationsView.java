package org.mxdr.notify.view;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.identity.boundary.UserService;
import org.mxdr.notify.boundary.NotificationSettingsService;
import org.mxdr.notify.entity.NotificationSettings;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.Role;
import org.mxdr.platform.view.FieldMessages;
import org.mxdr.response.entity.Severity;

/** Settings > Notifications: every tenant user reads them, the tenant's admin changes them. */
@Named
@ViewScoped
public class NotificationsView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "notificationsForm";

    @Inject
    transient UserService users;

    @Inject
    transient NotificationSettingsService settings;

    private String tenantId;
    private boolean admin;
    private List<String> severities;
    private boolean monthlyReport;
    private Integer escalationMinutes;
    private long version;

    public void load() {
        Caller me = users.me();
        if (!me.isTenantUser()) {
            throw new NotFound("Settings › Notifications belongs to a tenant's own users.");
        }
        tenantId = me.tenantId();
        admin = me.is(Role.TENANT_ADMIN);
        show(settings.get(tenantId));
    }

    public void save() {
        try {
            show(settings.put(tenantId, severities, monthlyReport, escalationMinutes, version));
            FieldMessages.info("The notification settings are saved.");
        } catch (BadInput | Conflict | NotFound refused) {
            FieldMessages.show(FORM, refused);
        }
    }

    private void show(NotificationSettings s) {
        severities = s.getIncidentSeverities().stream().map(Enum::name).toList();
        monthlyReport = s.isMonthlyReport();
        escalationMinutes = s.getEscalationMinutes();
        version = s.getVersion();
    }

    public List<Severity> getAllSeverities() {
        return Arrays.asList(Severity.values());
    }

    public boolean isAdmin() {
        return admin;
    }

    public List<String> getSeverities() {
        return severities;
    }

    public void setSeverities(List<String> severities) {
        this.severities = severities;
    }

    public boolean isMonthlyReport() {
        return monthlyReport;
    }

    public void setMonthlyReport(boolean monthlyReport) {
        this.monthlyReport = monthlyReport;
    }

    public Integer getEscalationMinutes() {
        return escalationMinutes;
    }

    public void setEscalationMinutes(Integer escalationMinutes) {
        this.escalationMinutes = escalationMinutes;
    }
}
