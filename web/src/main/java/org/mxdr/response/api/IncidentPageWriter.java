package org.mxdr.response.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

/**
 * Writes the incident queue's page, the API's busiest answer, straight to a JSON generator: the
 * same bytes JSON-B wrote (properties in lexicographic order, nulls left out, instants in ISO-8601),
 * without its per-object reflection and its recursion check, which hashed every record twice per
 * answer. The records stay what the resource returns, so the published schema still comes from them.
 * A property added to a record must be added here too ({@code IncidentApiIT} compares the two writers' bytes).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class IncidentPageWriter implements MessageBodyWriter<IncidentPage> {

    /** The generator factory, looked up once: the provider lookup scans the class path. */
    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == IncidentPage.class;
    }

    @Override
    public void writeTo(IncidentPage page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        // written whole first: one write with its Content-Length, as JSON-B's answer came, not in chunks
        ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
        try (JsonGenerator json = GENERATORS.createGenerator(body)) {
            write(page, json);
        }
        headers.putSingle(HttpHeaders.CONTENT_LENGTH, body.size());
        body.writeTo(out);
    }

    static void write(IncidentPage page, JsonGenerator json) {
        json.writeStartObject().writeStartArray("items");
        for (IncidentSummaryJson i : page.items()) {
            json.writeStartObject();
            text(json, "assignedTo", i.assignedTo());
            text(json, "category", i.category());
            text(json, "classification", i.classification());
            instant(json, "createdAt", i.createdAt());
            text(json, "externalId", i.externalId());
            text(json, "id", i.id());
            text(json, "key", i.key());
            text(json, "severity", i.severity());
            text(json, "status", i.status());
            text(json, "tactic", i.tactic());
            text(json, "takenBy", i.takenBy());
            text(json, "title", i.title());
            instant(json, "updatedAt", i.updatedAt());
            json.writeEnd();
        }
        json.writeEnd();
        text(json, "nextCursor", page.nextCursor());
        if (page.page() != null) {
            json.write("page", page.page());
        }
        json.write("size", page.size()).writeEnd();
    }

    private static void text(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.write(name, value);
        }
    }

    private static void instant(JsonGenerator json, String name, Instant value) {
        if (value != null) {
            json.write(name, IsoInstant.of(value));
        }
    }
}
