package org.mxdr.platform.api;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/** The one error shape of the API ({@link ApiError}) as the OpenAPI document describes it. */
final class ErrorAnswers {
    static final String SCHEMA = "ApiError";
    private static final String REF = "#/components/schemas/" + SCHEMA;

    private ErrorAnswers() {
    }

    static Schema schema() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("Every refusal and failure: the HTTP status again, a message a person can act on, the input at fault.")
                .addProperty("status", typed(Schema.SchemaType.INTEGER, "The HTTP status of the answer."))
                .addProperty("message", typed(Schema.SchemaType.STRING, "What went wrong and what to do."))
                .addProperty("field", typed(Schema.SchemaType.STRING, "The input at fault (a body field, a parameter, or body for the body as a whole)."))
                .addProperty("unmet", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(typed(Schema.SchemaType.STRING, null)).description("The prerequisites not met (409 of a subscription)."))
                .addProperty("ref", typed(Schema.SchemaType.STRING, "A reference that matches the server log (denials, unexpected failures)."))
                .required(List.of("status", "message"));
    }

    /** Adds the error answer unless the operation documents that status itself. */
    static void add(APIResponses responses, int status, String description) {
        add(responses, String.valueOf(status), description);
    }

    /** Any other failure (503 while the database is away, an unexpected 500 with its log reference). */
    static void addDefault(APIResponses responses) {
        add(responses, APIResponses.DEFAULT, "Any other failure, with a reference that matches the server log.");
    }

    private static void add(APIResponses responses, String code, String description) {
        if (responses.hasAPIResponse(code)) {
            return;
        }
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)))));
    }

    private static Schema typed(Schema.SchemaType type, String description) {
        Schema s = OASFactory.createSchema().type(List.of(type));
        return description == null ? s : s.description(description);
    }
}
