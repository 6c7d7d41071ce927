package org.mxdr.platform;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.mxdr.platform.ApiDocumentOperations.Op;
import org.mxdr.testing.Api;

/** Calls an operation as its document describes it: path and required query parameters, body and media types. */
final class ApiWalk {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonObject document;
    private final String tenantId;

    ApiWalk(JsonObject document, String tenantId) {
        this.document = document;
        this.tenantId = tenantId;
    }

    /** The operation's URL: the tenant for {tenantId}, an unknown id for every other id, a value for each required query parameter. */
    String url(Op op) {
        String path = op.path().replace("{tenantId}", tenantId);
        if (op.json().containsKey("parameters")) {
            for (JsonObject p : op.json().getJsonArray("parameters").getValuesAs(JsonObject.class)) {
                if ("path".equals(p.getString("in")) && p.getJsonObject("schema") != null && p.getJsonObject("schema").containsKey("enum")) {
                    path = path.replace("{" + p.getString("name") + "}", p.getJsonObject("schema").getJsonArray("enum").getString(0));
                }
            }
        }
        path = path.replaceAll("\\{\\w+}", UUID.randomUUID().toString());
        String query = !op.json().containsKey("parameters") ? "" : op.json().getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
                .filter(p -> "query".equals(p.getString("in")) && p.getBoolean("required", false))
                .map(p -> p.getString("name") + "=" + URLEncoder.encode(sample(p.getJsonObject("schema"), p.getString("name")).toString()
                        .replace("\"", ""), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return Api.BASE + path + (query.isEmpty() ? "" : "?" + query);
    }

    /** The body's media type as documented (JSON first), or null when the operation takes none. */
    static String mediaType(Op op) {
        if (op.body() == null) {
            return null;
        }
        return op.body().containsKey("application/json") ? "application/json" : op.body().keySet().iterator().next();
    }

    /** A body with every required field of the documented schema filled in. */
    String validBody(Op op) {
        String type = mediaType(op);
        if (type == null) {
            return null;
        }
        return type.startsWith("application/json") ? sample(op.body().getJsonObject(type).getJsonObject("schema"), "body").toString() : "walk\n";
    }

    private JsonValue sample(JsonObject schema, String name) {
        if (schema == null) {
            return Json.createValue("walk");
        }
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            return sample(document.getJsonObject("components").getJsonObject("schemas").getJsonObject(ref.substring(ref.lastIndexOf('/') + 1)), name);
        }
        if ("date".equals(schema.getString("format", null))) {
            return Json.createValue("2026-12-01");
        }
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").get(0);
        }
        String type = schema.get("type") instanceof jakarta.json.JsonArray types ? types.getString(0) : schema.getString("type", "string");
        return switch (type) {
            case "object" -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                if (schema.containsKey("required")) {
                    schema.getJsonArray("required").getValuesAs(jakarta.json.JsonString.class).forEach(field -> object.add(field.getString(),
                            sample(schema.getJsonObject("properties") == null ? null : schema.getJsonObject("properties").getJsonObject(field.getString()), field.getString())));
                }
                yield object.build();
            }
            case "integer", "number" -> Json.createValue(1);
            case "boolean" -> JsonValue.TRUE;
            case "array" -> Json.createArrayBuilder().build();
            default -> Json.createValue(name.toLowerCase().contains("mail") ? "walk@example.org" : "walk");
        };
    }

    /** Sends the call, accepting what the operation's success answer produces. */
    Api.Reply send(Op op, String url, String user, String password, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Accept", accept(op));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (body != null) {
            request.header("Content-Type", mediaType(op) + "; charset=UTF-8");
        }
        request.method(op.verb(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Reply(response.statusCode(), response.body(), response);
        } catch (Exception e) {
            throw new IllegalStateException(op.key() + " failed: " + e, e);
        }
    }

    /** The media types of the documented success answers, then JSON (which every refusal is). */
    private static String accept(Op op) {
        String types = op.json().getJsonObject("responses").entrySet().stream().filter(r -> r.getKey().startsWith("2"))
                .map(r -> r.getValue().asJsonObject().getJsonObject("content")).filter(c -> c != null)
                .flatMap(c -> c.keySet().stream()).distinct().collect(Collectors.joining(", "));
        return types.isEmpty() ? "application/json" : types + ", application/json;q=0.5";
    }
}
