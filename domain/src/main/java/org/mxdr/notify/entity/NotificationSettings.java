package org.mxdr.notify.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mxdr.response.entity.Severity;

/**
 * What a tenant wants to be told: the incident severities that mail its incident-notification
 * contacts, and whether its service-review contacts get the monthly report. A tenant that never
 * chose has {@link #defaults(String)}: high and medium, monthly report on.
 */
@Entity
@Table(name = "notification_settings")
public class NotificationSettings {
    public static final Set<Severity> DEFAULT_SEVERITIES = EnumSet.of(Severity.HIGH, Severity.MEDIUM);

    @Id
    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    /** The chosen severities by name, comma-separated, in the enum's order. */
    @Column(name = "incident_severities", nullable = false, length = 100)
    private String incidentSeverities;

    @Column(name = "monthly_report", nullable = false)
    private boolean monthlyReport;

    @Version
    private long version;

    protected NotificationSettings() {
    }

    public static NotificationSettings defaults(String tenantId) {
        NotificationSettings settings = new NotificationSettings();
        settings.tenantId = Objects.requireNonNull(tenantId);
        settings.change(DEFAULT_SEVERITIES, true);
        return settings;
    }

    public void change(Set<Severity> severities, boolean monthlyReport) {
        EnumSet<Severity> chosen = severities.isEmpty() ? EnumSet.noneOf(Severity.class) : EnumSet.copyOf(severities);
        this.incidentSeverities = chosen.stream().map(Enum::name).collect(Collectors.joining(","));
        this.monthlyReport = monthlyReport;
    }

    public boolean notifiesOf(Severity severity) {
        return getIncidentSeverities().contains(severity);
    }

    public Set<Severity> getIncidentSeverities() {
        EnumSet<Severity> chosen = EnumSet.noneOf(Severity.class);
        if (!incidentSeverities.isEmpty()) {
            Arrays.stream(incidentSeverities.split(",")).map(Severity::valueOf).forEach(chosen::add);
        }
        return chosen;
    }

    public boolean isMonthlyReport() {
        return monthlyReport;
    }

    public String getTenantId() {
        return tenantId;
    }

    public long getVersion() {
        return version;
    }
}
