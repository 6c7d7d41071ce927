package org.mxdr.audit.entity;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The vocabulary of the audit sentences: what each action is called and how each stored key reads. */
final class AuditWords {
    private static final Map<String, String> HEADLINES = Map.ofEntries(
            Map.entry("permissions.granted", "Granted the experts access"),
            Map.entry("permissions.changed", "Changed permissions"),
            Map.entry("permissions.revoked", "Revoked the experts' access"),
            Map.entry("permissions.expired", "The experts' access expired"),
            Map.entry("exclusions.changed", "Changed exclusions"),
            Map.entry("contact.added", "Added a contact"),
            Map.entry("contact.removed", "Removed a contact"),
            Map.entry("expert.entered", "Entered the tenant"),
            Map.entry("subscription.transacted", "Transacted a subscription"),
            Map.entry("subscription.terminated", "Terminated the subscription"),
            Map.entry("subscription.changed", "Changed the subscription"),
            Map.entry("incident.reported", "The platform reported an incident"),
            Map.entry("incident.updated", "The platform updated an incident"),
            Map.entry("incident.viewed", "Opened an incident"),
            Map.entry("incident.taken", "Took an incident"),
            Map.entry("incident.classified", "Classified an incident"),
            Map.entry("incident.resolved", "Resolved an incident"),
            Map.entry("service-levels.changed", "Changed the tenant's service levels"),
            Map.entry("service-levels.default-changed", "Changed the default service levels"),
            Map.entry("sla.breached", "A service-level target was breached"),
            Map.entry("action.recommended", "Recommended a response action"),
            Map.entry("action.run", "Ran a response action"),
            Map.entry("action.reported", "The platform reported a response action's outcome"),
            Map.entry("card.completed", "Completed an action card"),
            Map.entry("card.skipped", "Skipped an action card"),
            Map.entry("welcome.password-set", "Set a password through the welcome link"),
            Map.entry("welcome.link-resent", "Sent a new welcome link"),
            Map.entry("tenant.created", "Created the tenant"),
            Map.entry("user.created", "Created a user"),
            Map.entry("user.enabled", "Enabled a user"),
            Map.entry("user.disabled", "Disabled a user"),
            Map.entry("user.changed", "Changed a user's email or role"),
            Map.entry("user.password.reset-sent", "Sent a user a password reset link"),
            Map.entry("user.password.reset", "Set a new password through a reset link"),
            Map.entry("retention.exported", "Exported the tenant's data"),
            Map.entry("retention.legal-hold.placed", "Placed a legal hold"),
            Map.entry("retention.legal-hold.lifted", "Lifted the legal hold"),
            Map.entry("tenant.purged", "Purged a tenant after its grace period"),
            Map.entry("response-policy.changed", "Changed the response policy"),
            Map.entry("approval.requested", "Asked the customer's approval of a response action"),
            Map.entry("approval.reminded", "Reminded the approvers of a pending approval"),
            Map.entry("approval.approved", "Approved a response action"),
            Map.entry("approval.denied", "Denied a response action"),
            Map.entry("approval.refused", "Refused an approved action: the experts' access no longer allows it"),
            Map.entry("approval.timed-out", "An approval went unanswered: the action became a guidance card"));

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("serviceProviderAccess", "service provider access"),
            Map.entry("investigateAndGuide", "investigate and guide"),
            Map.entry("respondDirectly", "respond directly"),
            Map.entry("allDevices", "access to all devices"),
            Map.entry("expiresAt", "expiry"),
            Map.entry("revokedAt", "revoked on"),
            Map.entry("revokedBy", "revoked by"),
            Map.entry("deviceGroups", "excluded device groups"),
            Map.entry("userGroups", "excluded user groups"),
            Map.entry("for", "contact for"),
            Map.entry("term", "term"),
            Map.entry("creditPolicy", "credit policy"),
            Map.entry("terminatedBy", "terminated by"),
            Map.entry("terminatedAt", "terminated on"),
            Map.entry("externalId", "incident"),
            Map.entry("assignedTo", "assigned to"),
            Map.entry("approvalState", "the approval"));

    private AuditWords() {
    }

    static String headline(String action) {
        String known = HEADLINES.get(action);
        if (known != null) {
            return known;
        }
        String words = action.replace('.', ' ').replace('-', ' ').replace('_', ' ');
        return words.isEmpty() ? action : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A camelCase key in words, unless the vocabulary names it. */
    static String label(String key) {
        String known = LABELS.get(key);
        return known != null ? known : key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** {@code a=1; b=x; y} as ordered fields; a piece without '=' continues the value before it, or is free text (key ""). */
    static Map<String, String> fields(String state) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (state == null || state.isBlank()) {
            return fields;
        }
        String lastKey = null;
        for (String piece : state.split("; ")) {
            int eq = piece.indexOf('=');
            boolean isKey = eq > 0 && piece.substring(0, eq).matches("[A-Za-z][A-Za-z0-9]*");
            if (isKey) {
                lastKey = piece.substring(0, eq);
                fields.put(lastKey, piece.substring(eq + 1));
            } else if (lastKey != null) {
                fields.put(lastKey, fields.get(lastKey) + "; " + piece);
            } else if (!piece.isBlank() && piece.matches("[A-Za-z]+")) {
                fields.put(piece, "true");
            } else {
                fields.merge("", piece, (a, b) -> a + "; " + b);
            }
        }
        return fields;
    }
}
