package org.mxdr.notify.entity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.Text;
import org.mxdr.response.entity.Severity;

/**
 * What a tenant wants to be told: the incident severities that mail its incident-notification
 * contacts, and whether its service-review contacts get the monthly report. A tenant that never
 * chose has {@link #defaults(String)}: high and medium, monthly report on, and a high-severity
 * notification unacknowledged for 15 minutes escalated to the next contact of the ladder.
 */
@Entity
@Table(name = "notification_settings")
public class NotificationSettings {
    public static final Set<Severity> DEFAULT_SEVERITIES = EnumSet.of(Severity.HIGH, Severity.MEDIUM);
    public static final int DEFAULT_ESCALATION_MINUTES = 15;
    public static final int ESCALATION_MINUTES_MAX = 24 * 60;

    @Id
    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    /** The chosen severities by name, comma-separated, in the enum's order. */
    @Column(name = "incident_severities", nullable = false, length = 100)
    private String incidentSeverities;

    @Column(name = "monthly_report", nullable = false)
    private boolean monthlyReport;

    /** Minutes a high-severity notification may stay unacknowledged before the next contact is told. */
    @Column(name = "escalation_minutes", nullable = false)
    private int escalationMinutes = DEFAULT_ESCALATION_MINUTES;

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

    /** As {@link #change(Set, boolean)}, with the escalation delay; a delay out of range is refused naming its field. */
    public void change(Set<Severity> severities, boolean monthlyReport, int escalationMinutes) {
        int minutes = checkedEscalationMinutes(escalationMinutes);
        change(severities, monthlyReport);
        this.escalationMinutes = minutes;
    }

    /** The escalation delay, refused naming its field when out of range. */
    public static int checkedEscalationMinutes(int escalationMinutes) {
        if (escalationMinutes < 1 || escalationMinutes > ESCALATION_MINUTES_MAX) {
            throw new BadInput("escalationMinutes", "Escalate after 1 to " + ESCALATION_MINUTES_MAX + " minutes (a day).");
        }
        return escalationMinutes;
    }


    /** The severities from their names; an unknown one is refused naming the field. */
    public static Set<Severity> severities(Collection<String> names) {
        if (names == null) {
            throw new BadInput("incidentSeverities", "Choose the incident severities to be notified of (an empty list for none).");
        }
        EnumSet<Severity> chosen = EnumSet.noneOf(Severity.class);
        for (String name : names) {
            try {
                chosen.add(Severity.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new BadInput("incidentSeverities", "'" + Text.abbreviate(String.valueOf(name))
                        + "' is not a severity: use HIGH, MEDIUM, LOW or INFORMATIONAL.");
            }
        }
        return chosen;
    }

    /** The state for the audit trail. */
    public String describe() {
        return "incident severities=" + (incidentSeverities.isEmpty() ? "none" : incidentSeverities) + "; monthly report="
                + (monthlyReport ? "on" : "off") + "; escalate after " + escalationMinutes + " min";
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

    public int getEscalationMinutes() {
        return escalationMinutes;
    }

    public String getTenantId() {
        return tenantId;
    }

    public long getVersion() {
        return version;
    }
}
