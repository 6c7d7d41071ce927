package org.mxdr.testing;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** A client of the REST API v1 as IT ops would script it: HTTP Basic, JSON in and out. */
public final class Api {
    /** In the test JVM the build says the ports; inside the server (in-container tests) its own port offset does. */
    private static final int OFFSET = Integer.getInteger("jboss.socket.binding.port-offset", 0);
    public static final String SERVER = "http://localhost:" + System.getProperty("mxdr.http.port", String.valueOf(8080 + OFFSET));
    public static final String MANAGEMENT = "http://localhost:" + System.getProperty("mxdr.management.port", String.valueOf(9990 + OFFSET));
    public static final String BASE = SERVER + "/mxdr/api/v1";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {
    }

    public record Reply(int status, String body, HttpResponse<String> raw) {
        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public String field(String name) {
            JsonObject o = json();
            return !o.containsKey(name) || o.isNull(name) ? null : o.getString(name, null);
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /**
     * A request body: the JSON object of these names and values in turn, {@code json("name", "Bench", "seats", 10)} is
     * {@code {"name":"Bench","seats":10}}. A value is a String, Boolean, Integer, Long, Double, null (JSON null), a
     * Collection (an array of such values), a Map, a JsonValue or a builder (an object or array).
     */
    public static String json(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("a value for every name: " + Arrays.toString(namesAndValues));
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            if (object.containsKey(name)) {
                throw new IllegalArgumentException("twice: " + name);
            }
            object.put(name, namesAndValues[i + 1]);
        }
        return Json.createObjectBuilder(object).build().toString();
    }

    public static Reply get(String path, String user, String password) {
        return send("GET", path, user, password, null);
    }

    public static Reply post(String path, String user, String password, String json) {
        return send("POST", path, user, password, json);
    }

    public static Reply send(String method, String path, String user, String password, String json) {
        return sendWithHeader(method, path, user, password, null, null, json);
    }

    /** As {@link #send}, with one more request header (If-Match, say) when {@code header} is not null. */
    public static Reply sendWithHeader(String method, String path, String user, String password, String header, String value, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (header != null) {
            request.header(header, value);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (json != null) {
            request.header("Content-Type", "application/json; charset=UTF-8");
            request.method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        }
    }

    /** Creates a tenant as the first provider admin and returns its id. */
    public static String createTenant(String name, String cloud, String region) {
        Reply reply = post("/tenants", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, Json.createObjectBuilder().add("name", name).add("cloud", cloud)
                .add("region", region).add("adminEmail", "admin@" + Fixtures.unique() + ".example").build().toString());
        if (reply.status() != 201) {
            throw new IllegalStateException("tenant not created: " + reply);
        }
        return reply.field("id");
    }

    /** Creates a user with {@link Fixtures#PASSWORD} as the first provider admin and returns its username. */
    public static String createUser(String username, String role, String tenantId) {
        JsonObjectBuilder user = Json.createObjectBuilder().add("username", username).add("password", Fixtures.PASSWORD)
                .add("email", username + "@example.org").add("role", role);
        if (tenantId != null) {
            user.add("tenantId", tenantId);
        }
        Reply reply = post("/users", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, user.build().toString());
        if (reply.status() != 201) {
            throw new IllegalStateException("user not created: " + reply);
        }
        return username;
    }

    /** PUTs a CSV file (text/csv) to the path. */
    public static Reply sendCsv(String path, String user, String password, String csv) {
        return sendBody("PUT", path, user, password, "text/csv; charset=UTF-8", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends any body with its content type, for bodies that are not JSON or too large for a string. */
    public static Reply sendBody(String method, String path, String user, String password, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path))
                .timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json")
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        }
    }

    /** Gives the tenant the smallest inventory that meets every prerequisite, as the platform would. */
    public static void makeEligible(String tenantId) {
        Reply reply = send("PUT", "/tenants/" + tenantId + "/inventory", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, Inventories.eligible().json());
        if (reply.status() != 200) {
            throw new IllegalStateException("inventory not imported: " + reply);
        }
    }

    /** A commercial-cloud tenant that meets every prerequisite, so it may subscribe. */
    public static String createEligibleTenant(String name, String region) {
        String tenantId = createTenant(name, "COMMERCIAL", region);
        makeEligible(tenantId);
        return tenantId;
    }
}
