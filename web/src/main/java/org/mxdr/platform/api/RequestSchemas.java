package org.mxdr.platform.api;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.mxdr.eligibility.entity.InventoryPart;
import org.mxdr.platform.Role;

/**
 * What the published document says of request bodies beyond what it reads from the {@code *Request}
 * records themselves: which fields are required (from the records' own constraints, so the two
 * cannot disagree), role names, and the bodies streamed from an InputStream (the inventory, CSV).
 */
final class RequestSchemas {
    /** Bodies read from an InputStream, by operation id. */
    private static final Map<String, Schema> STREAMED = Map.of("InventoryResource_replace", InventorySchema.schema());

    private RequestSchemas() {
    }

    static void addRoleNames(Components components) {
        if (components.getSchemas() != null) {
            // a record keeps the role as text: its security name
            property(components, "UserRequest", "role", text().enumeration(List.of((Object[]) Role.allNames().split(", "))));
            property(components, "ServiceAccountRequest", "role", text().enumeration(List.of((Object[]) Role.allNames().split(", "))));
        }
    }

    /**
     * The record's required fields as its constraints say: a component that must not be null or
     * blank is required, every other one may be left out.
     */
    static void requireAsRecorded(Method method, Operation operation, Components components) {
        Class<?> body = bodyType(method);
        if (body == null || !body.isRecord() || components.getSchemas() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        MediaType json = operation.getRequestBody().getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        String ref = json == null || json.getSchema() == null ? null : json.getSchema().getRef();
        Schema schema = ref == null ? null : components.getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
        if (schema != null) {
            List<String> required = Arrays.stream(body.getRecordComponents()).filter(RequestSchemas::isRequired).map(RecordComponent::getName).toList();
            schema.setRequired(required.isEmpty() ? null : required);
        }
    }

    private static boolean isRequired(RecordComponent component) {
        Method accessor = component.getAccessor();
        return accessor.isAnnotationPresent(NotNull.class) || accessor.isAnnotationPresent(NotBlank.class) || accessor.isAnnotationPresent(NotEmpty.class);
    }

    /** The parameter a resource method takes its body in: the one JAX-RS injects nothing else into. */
    private static Class<?> bodyType(Method method) {
        if (method == null) {
            return null;
        }
        for (Parameter parameter : method.getParameters()) {
            boolean injected = Arrays.stream(parameter.getAnnotations())
                    .anyMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"));
            if (!injected) {
                return parameter.getType();
            }
        }
        return null;
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
                Schema known = STREAMED.get(operation.getOperationId());
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
