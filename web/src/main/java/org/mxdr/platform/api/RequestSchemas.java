package org.mxdr.platform.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.mxdr.eligibility.entity.InventoryPart;
import org.mxdr.onboarding.entity.LeadState;
import org.mxdr.platform.Role;
import org.mxdr.response.entity.ActionType;
import org.mxdr.response.entity.Classification;

/**
 * The request bodies resources read field by field from an InputStream (see {@link JsonBody}):
 * the required fields of the documented *Request records, and the small bodies that have no record.
 */
final class RequestSchemas {
    /** What each request record's resource or entity refuses when missing. */
    private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("InterestRequest", List.of("name", "email", "organisation", "country", "seats")),
            Map.entry("TenantRequest", List.of("name", "cloud", "region", "adminEmail")),
            Map.entry("UserRequest", List.of("username", "password", "email", "role")),
            Map.entry("ServiceAccountRequest", List.of("name", "role")),
            Map.entry("SubscriptionRequest", List.of("termStart", "termEnd", "seats", "creditPolicy")),
            Map.entry("ContactRequest", List.of("name", "email")),
            Map.entry("HoldRequest", List.of("reason")),
            Map.entry("IncidentRequest", List.of("externalId", "title", "severity")),
            Map.entry("QuestionRequest", List.of("subject", "body")),
            Map.entry("MessageRequest", List.of("body")),
            Map.entry("PermissionsRequest", List.of("serviceProviderAccess")));

    /** Bodies without a record, by operation id. */
    private static final Map<String, Schema> UNTYPED = Map.of(
            "UserResource_setEnabled", object(List.of("enabled"), "enabled", bool()),
            "IncidentResource_classify", object(List.of("classification"), "classification", oneOf(Classification.values()), "determination", text()),
            "IncidentResource_act", object(List.of("type"), "type", oneOf(ActionType.values()), "target", text(), "detail", text()),
            "IncidentResource_post", object(List.of("body"), "body", text()),
            "IncidentResource_note", object(List.of("body"), "body", text()),
            "IncidentResource_ticket", object(List.of("title"), "title", text(), "body", text()),
            "PlatformCommandResource_result", object(List.of("succeeded"), "succeeded", bool(), "result", text()),
            "LeadResource_work", object(List.of("state", "version"), "state", oneOf(LeadState.values()), "notes", text(),
                    "version", OASFactory.createSchema().type(List.of(SchemaType.INTEGER))),
            "InventoryResource_replace", InventorySchema.schema());

    private RequestSchemas() {
    }

    static void addRequired(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        REQUIRED.forEach((name, fields) -> {
            Schema schema = components.getSchemas().get(name);
            if (schema != null) {
                schema.setRequired(fields);
            }
        });
        // fields the records keep as text, read as dates or role names
        property(components, "SubscriptionRequest", "termStart", text().format("date"));
        property(components, "SubscriptionRequest", "termEnd", text().format("date"));
        property(components, "UserRequest", "role", text().enumeration(List.of((Object[]) Role.allNames().split(", "))));
        property(components, "ServiceAccountRequest", "role", text().enumeration(List.of((Object[]) Role.allNames().split(", "))));
    }

    private static void property(Components components, String schema, String field, Schema type) {
        Schema record = components.getSchemas().get(schema);
        if (record != null && record.getProperties() != null && record.getProperties().containsKey(field)) {
            record.addProperty(field, type);
        }
    }

    /** Path parameters that take one of a few words. */
    static void typePathParameter(String operationId, org.eclipse.microprofile.openapi.models.parameters.Parameter parameter) {
        if ("InventoryResource_replacePart".equals(operationId) && "part".equals(parameter.getName())) {
            parameter.setSchema(text().enumeration(Arrays.stream(InventoryPart.values()).map(p -> (Object) p.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }

    /** Replaces a body documented as bytes by its JSON object, or by plain text for CSV. */
    static void type(Operation operation, Components components) {
        operation.getRequestBody().setRequired(true);
        if (operation.getRequestBody().getContent() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> media : operation.getRequestBody().getContent().getMediaTypes().entrySet()) {
            Schema schema = media.getValue().getSchema();
            if (schema != null && !"binary".equals(schema.getFormat())) {
                continue; // a typed record already
            }
            if (media.getKey().startsWith("application/json")) {
                Schema known = UNTYPED.get(operation.getOperationId());
                media.getValue().setSchema(known != null ? known : OASFactory.createSchema().type(List.of(SchemaType.OBJECT)));
            } else if (media.getKey().startsWith("text/")) {
                media.getValue().setSchema(text());
            }
        }
    }

    static Schema object(List<String> required, Object... properties) {
        Schema schema = OASFactory.createSchema().type(List.of(SchemaType.OBJECT)).required(required.isEmpty() ? null : required);
        for (int i = 0; i < properties.length; i += 2) {
            schema.addProperty((String) properties[i], (Schema) properties[i + 1]);
        }
        return schema;
    }

    static Schema text() {
        return OASFactory.createSchema().type(List.of(SchemaType.STRING));
    }

    static Schema bool() {
        return OASFactory.createSchema().type(List.of(SchemaType.BOOLEAN));
    }

    static Schema oneOf(Enum<?>[] values) {
        return text().enumeration(Arrays.stream(values).map(v -> (Object) v.name()).toList());
    }
}
