package org.mxdr.notify.control;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.mxdr.access.entity.Contact;
import org.mxdr.notify.entity.EscalationStep;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.Settings;
import org.mxdr.response.entity.Incident;

/** The words of incident notifications and escalations. */
final class IncidentMails {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private IncidentMails() {
    }

    static String acknowledgeUrl(EscalationStep step) {
        return Settings.publicUrl() + "/acknowledge.xhtml?token=" + step.token();
    }

    static String subject(Tenant tenant, Incident incident, boolean escalated) {
        String subject = (escalated ? "Not acknowledged, now with you: " : "")
                + incident.getSeverity().label() + "-severity incident " + incident.getKey() + " at " + tenant.getName() + ": " + incident.getTitle();
        return subject.length() > 300 ? subject.substring(0, 297) + "..." : subject;
    }

    /**
     * @param link    the acknowledge link, or null when the incident is not on the ladder
     * @param minutes the escalation delay, with a link
     * @param why     why an escalation reached this contact, or null for the notification at intake
     */
    static String body(Tenant tenant, Incident incident, Contact contact, String link, Integer minutes, String why) {
        StringBuilder b = new StringBuilder();
        b.append("Hello ").append(contact.getName()).append(",\n\n");
        if (why != null) {
            b.append(why).append("\n\n");
        }
        b.append("The detection platform reported a ").append(incident.getSeverity().label().toLowerCase(java.util.Locale.ROOT))
                .append("-severity incident at ").append(tenant.getName()).append(" on ").append(WHEN.format(incident.getCreatedAt()))
                .append(":\n\n  ").append(incident.getKey()).append(": ").append(incident.getTitle()).append("\n  Category: ").append(nullable(incident.getCategory()))
                .append("\n  Tactic: ").append(nullable(incident.getTactic())).append("\n  Reference: ").append(incident.getExternalId())
                .append("\n\nThe provider's security experts are looking into it. See it in the MXDR Console:\n")
                .append(Settings.publicUrl()).append("/console/response/incident.xhtml?tenant=").append(tenant.getId()).append("&id=")
                .append(incident.getId()).append("\n");
        if (link != null) {
            b.append("\nPlease acknowledge that you have seen it (the page asks you to confirm):\n").append(link).append("\n\n")
                    .append("If nobody acknowledges it within ").append(minutes)
                    .append(" minutes, the next contact on your organisation's escalation ladder is told.\n");
        }
        b.append("\nYou get this mail as a contact of ").append(tenant.getName())
                .append(" for incident notification. The service is delivered in English.\n");
        return b.toString();
    }

    private static String nullable(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
