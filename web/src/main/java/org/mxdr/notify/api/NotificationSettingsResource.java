package org.mxdr.notify.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.notify.boundary.NotificationSettingsService;
import org.mxdr.notify.entity.NotificationSettings;

@Path("tenants/{tenantId}/notification-settings")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationSettingsResource {

    /** The request body of PUT /tenants/{t}/notification-settings; an absent value keeps what is set. */
    public record NotificationSettingsRequest(List<String> incidentSeverities, Boolean monthlyReport, Integer escalationMinutes,
                                              Long version) {
    }

    /** The settings and the version an edit must name. */
    public record NotificationSettingsJson(List<String> incidentSeverities, boolean monthlyReport, int escalationMinutes, long version) {
        static NotificationSettingsJson of(NotificationSettings s) {
            return new NotificationSettingsJson(s.getIncidentSeverities().stream().map(Enum::name).toList(), s.isMonthlyReport(),
                    s.getEscalationMinutes(), s.getVersion());
        }
    }

    @Inject
    NotificationSettingsService settings;

    @GET
    @Operation(summary = "The tenant's notification settings (the tenant's users)",
            description = "Defaults until the admin saves: incident severities HIGH and MEDIUM, monthly report on, escalation after 15 minutes.")
    public NotificationSettingsJson get(@PathParam("tenantId") String tenantId) {
        return NotificationSettingsJson.of(settings.get(tenantId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the notification settings (tenant-admin of the tenant)",
            description = "incidentSeverities: the severities (HIGH, MEDIUM, LOW, INFORMATIONAL) that mail the incident-notification "
                    + "contacts; monthlyReport: whether the service-review contacts get the monthly report; escalationMinutes (1 to 1440): "
                    + "how long a high-severity notification may stay unacknowledged before the next contact on the ladder is told. "
                    + "Once saved, send the version read; a change made meanwhile answers 409.")
    public NotificationSettingsJson put(@PathParam("tenantId") String tenantId, NotificationSettingsRequest in) {
        return NotificationSettingsJson.of(settings.put(tenantId, in.incidentSeverities(), in.monthlyReport(), in.escalationMinutes(),
                in.version()));
    }
}
