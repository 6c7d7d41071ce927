package org.mxdr.platform.api;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the published OpenAPI document in one place from what each resource method already
 * says: whether it is {@link Public}, its path parameters, query parameters and body. Every
 * operation gets the error answers it can give (one {@code ApiError} schema), public ones an empty
 * security requirement, each JSON body the required fields of its record (or, streamed from an
 * InputStream, its typed schema), and numeric query parameters the integer type.
 */
public class ApiDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components components = api.getComponents();
        // each operation states its own requirement, so a public one simply has none
        api.setSecurity(null);
        components.addSchema(ErrorAnswers.SCHEMA, ErrorAnswers.schema());
        RequestSchemas.addRoleNames(components);
        if (api.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                complete(op.getKey(), op.getValue(), components);
            }
        }
    }

    private static void complete(PathItem.HttpMethod verb, Operation operation, Components components) {
        Method method = ResourceMethods.of(operation.getOperationId());
        operation.setOperationId(ResourceMethods.shortId(operation.getOperationId()));
        boolean isPublic = method != null && ResourceMethods.isPublic(method);
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        parameters.stream().filter(p -> p.getIn() == Parameter.In.QUERY).forEach(ApiDocument::typeNumber);
        parameters.stream().filter(p -> p.getIn() == Parameter.In.PATH).forEach(p -> RequestSchemas.typePathParameter(operation.getOperationId(), p));
        boolean hasBody = operation.getRequestBody() != null;
        if (hasBody) {
            RequestSchemas.type(operation, components);
            RequestSchemas.requireAsRecorded(method, operation, components);
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        if (verb == PathItem.HttpMethod.POST && method != null && method.getReturnType() == jakarta.ws.rs.core.Response.class
                && responses.hasAPIResponse("200") && responses.getAPIResponses().size() == 1) {
            responses.addAPIResponse("201", responses.getAPIResponse("200").description("Created"));
            responses.removeAPIResponse("200");
        }
        errors(responses, isPublic, hasBody, parameters);
        ErrorAnswers.addDefault(responses);
        if (isPublic) {
            operation.setSecurity(null);
            operation.addExtension("x-public", true);
        } else {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("basic")));
        }
    }

    /** The refusals the operation can answer, from what it takes and whether it is public. */
    private static void errors(APIResponses responses, boolean isPublic, boolean hasBody, List<Parameter> parameters) {
        if (hasBody || parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY || p.getIn() == Parameter.In.HEADER)) {
            ErrorAnswers.add(responses, 400, "Bad input: the field at fault is named in field.");
        }
        if (!isPublic) {
            ErrorAnswers.add(responses, 401, "Not signed in: send the credentials with the call (HTTP Basic).");
            ErrorAnswers.add(responses, 403, "Signed in without the right (also for another tenant's ids).");
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            ErrorAnswers.add(responses, 404, "No such id within the caller's reach.");
        }
        if (hasBody) {
            ErrorAnswers.add(responses, 413, "The body is larger than this operation accepts.");
            ErrorAnswers.add(responses, 415, "The body is not of the documented media type.");
        }
        if (!isPublic || hasBody) {
            // the sign-in gate throttles a failing source; the public form limits submissions per source
            ErrorAnswers.add(responses, 429, "Too many requests (failed sign-ins or submissions) from this source; see Retry-After.");
        }
    }

    private static void typeNumber(Parameter parameter) {
        if (!ResourceMethods.NUMERIC_QUERY.contains(parameter.getName()) || parameter.getSchema() == null) {
            return;
        }
        Schema schema = parameter.getSchema();
        schema.setType(List.of(Schema.SchemaType.INTEGER));
        schema.setFormat("int32");
        schema.setMinimum(java.math.BigDecimal.valueOf("page".equals(parameter.getName()) ? 0 : 1));
        if (schema.getDefaultValue() instanceof String s && s.matches("\\d+")) {
            schema.setDefaultValue(Integer.valueOf(s));
        }
    }
}
