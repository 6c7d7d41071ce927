package org.mxdr.retention.control;

import static org.mxdr.retention.control.TenantTable.child;
import static org.mxdr.retention.control.TenantTable.own;
import static org.mxdr.retention.control.TenantTable.unlink;

import java.util.List;

/**
 * Every table of the operational store that holds a tenant's rows, children before their parents
 * (the order the purge deletes in), each with its data class. The audit trail (its own chain
 * tables) and the tenant row itself are purged after these; the reporting store by its own
 * control. RetentionPurgeIT checks against the database's catalogue that no table with a
 * tenant_id column is missing here.
 */
public final class TenantTables {
    public static final String INCIDENTS = "incidents";

    public static final List<TenantTable> PURGE_ORDER = List.of(
            own("escalations", "escalation_step", "id", true, "link_key"),
            own("escalations", "escalation", "incident_id", true),
            own(INCIDENTS, "platform_command", "id", false),
            own(INCIDENTS, "response_action", "id", false),
            own("chat", "incident_message", "id", true),
            own("notes", "analyst_note", "id", true),
            own("tickets", "case_ticket", "id", true),
            child(INCIDENTS, "incident_device", "incident_id", "incident", "incident_id", false),
            child(INCIDENTS, "incident_user", "incident_id", "incident", "incident_id", false),
            own(INCIDENTS, "incident", "id", true),
            unlink("question", "credit_id"),
            // the lead stays the provider's own sales record; only its link to the purged tenant goes
            unlink("sales_lead", "tenant_id"),
            child("credits", "credit_use", "id", "credit_grant", "grant_id", false),
            child("questions", "question_message", "id", "question", "question_id", false),
            own("questions", "question", "id", true),
            own("credits", "credit_grant", "id", true),
            own("grants", "expert_grant", "tenant_id", true),
            own("grants", "excluded_device_group", "group_name", false),
            own("grants", "excluded_user_group", "group_name", false),
            own("grants", "exclusion_set", "tenant_id", false),
            own("grants", "settings_wizard", "tenant_id", false),
            own("contacts", "expert_contact", "id", true),
            own("webhooks", "webhook_event", "id", true),
            own("webhooks", "webhook_attempt", "id", false),
            own("webhooks", "webhook_delivery", "id", false),
            own("webhooks", "webhook_endpoint", "id", false, "secret"),
            own("notifications", "notification_settings", "tenant_id", true),
            own("approvals", "approval_link", "id", false),
            own("approvals", "approval_request", "id", true),
            own("response-policy", "response_policy_rule", "position", false),
            own("response-policy", "response_policy", "tenant_id", true),
            own("service-levels", "service_level_override", "subscription_id", true),
            own("service-levels", "service_tally", "month_key", false),
            own("notifications", "monthly_report", "report_month", true),
            own("subscriptions", "welcome_link", "id", false, "token_hash"),
            own("inventory", "inventory_user_license", "user_external_id", false),
            own("inventory", "inventory_user", "id", true),
            own("inventory", "device", "id", true),
            own("inventory", "tenant_license", "id", false),
            own("subscriptions", "subscription", "id", true),
            own("legal-hold", "legal_hold", "tenant_id", false),
            own("users", "service_account", "id", true, "secret_hash"),
            own("users", "password_reset", "id", false),
            own("users", "app_user", "id", true, "password_hash"));

    private TenantTables() {
    }

    /** The data classes in the order an export writes them. */
    public static List<String> dataClasses() {
        return PURGE_ORDER.stream().filter(TenantTable::exported).map(TenantTable::dataClass).distinct().toList();
    }

    public static List<TenantTable> ofClass(String dataClass) {
        List<TenantTable> parentsFirst = new java.util.ArrayList<>(PURGE_ORDER);
        java.util.Collections.reverse(parentsFirst);
        return parentsFirst.stream().filter(t -> dataClass.equals(t.dataClass())).toList();
    }
}
