package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;

/**
 * Hostile JSON never gets a 500: too deep, duplicate keys, control characters and broken UTF-8 are
 * 400 naming the body or the field, logged as one line; an oversize body is 413 JSON. A body is
 * bound into its request record, refused by field, and the document requires what the record does.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JsonBodyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String interest(String name) {
        return interest(name, "hello");
    }

    private static String interest(String name, String message) {
        return Api.json("name", name, "email", "json-" + Fixtures.unique() + "@example.org", "organisation", "Json Ltd", "country", "DE",
                "seats", 10, "message", message);
    }

    @Test
    void deeplyNestedJsonIsA400NamingTheBodyWithoutAStackTrace() throws Exception {
        long before = serverLog().length();
        Api.Reply nested = Api.post("/interest", null, null, "[".repeat(1000));
        assertEquals(400, nested.status(), nested.toString());
        assertEquals("body", nested.field("field"));
        // forty nested objects, written by repetition
        Api.Reply deepObject = Api.post("/interest", null, null, "{\"a\":".repeat(40) + "1" + "}".repeat(40));
        assertEquals(400, deepObject.status(), deepObject.toString());
        assertEquals("body", deepObject.field("field"));
        String log = serverLog().substring((int) before);
        assertTrue(log.contains("Refused a JSON request body: The request body nests deeper than"), log);
        assertFalse(log.contains("\tat ") || log.contains("StackOverflowError") || log.contains("Unexpected failure"), log);
    }

    @Test
    void duplicateKeysAreRefused() {
        // a second "name" written into the built body: no builder writes a key twice
        String body = interest("Twice").replace("{\"name\":\"Twice\"", "{\"name\":\"Twice\",\"name\":\"Again\"");
        Api.Reply reply = Api.post("/interest", null, null, body);
        assertEquals(400, reply.status(), reply.toString());
        assertEquals("body", reply.field("field"));
        assertTrue(reply.field("message").contains("'name' twice"), reply.toString());
    }

    @Test
    void controlCharactersInTextAreRefusedNamingTheField() {
        Api.Reply nul = Api.post("/interest", null, null, interest("Null\u0000Byte"));
        assertEquals(400, nul.status(), nul.toString());
        assertEquals("name", nul.field("field"));
        Api.Reply bell = Api.post("/tenants", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD,
                Api.json("name", "Bell\u0007", "cloud", "COMMERCIAL", "region", "EU", "adminEmail", "a@example.org"));
        assertEquals(400, bell.status(), bell.toString());
        assertEquals("name", bell.field("field"));
        Api.Reply lines = Api.post("/interest", null, null, interest("Line\nBreak", "two\nlines\tand a tab"));
        assertEquals(201, lines.status(), "tabs and line breaks are text: " + lines);
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] body = interest("Broken X").getBytes(StandardCharsets.UTF_8);
        int x = indexOf(body, (byte) 'X');
        body[x] = (byte) 0xC3; // a lead byte followed by a quote: not UTF-8
        Api.Reply reply = Api.sendBody("POST", "/interest", null, null, "application/json", body);
        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.field("message").contains("UTF-8"), reply.toString());
    }

    @Test
    void aBodyDeclaredOverTheServersCapIsA413InJson() throws Exception {
        for (String target : new String[] {"POST /mxdr/api/v1/interest", "PUT /mxdr/api/v1/tenants/any/inventory"}) {
            String answer = declareAndRead(target, 34L * 1024 * 1024 + 1);
            assertTrue(answer.startsWith("HTTP/1.1 413"), target + ": " + answer);
            assertTrue(answer.contains("application/json") && answer.contains("\"status\":413"), target + ": " + answer);
        }
    }

    @Test
    void eachBodyIsBoundIntoItsRecordAndTheDocumentRequiresWhatTheRecordDoes() {
        String tenant = Api.createTenant("Bound " + Fixtures.unique(), "COMMERCIAL", "EU");
        Api.Reply wrongType = Api.send("PUT", "/tenants/" + tenant + "/permissions", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD,
                Json.createObjectBuilder().add("allDevices", "yes").build().toString());
        assertEquals(400, wrongType.status(), wrongType.toString());
        assertEquals("allDevices", wrongType.field("field"));
        Api.Reply outOfRange = Api.post("/tenants/" + tenant + "/subscription", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD,
                Json.createObjectBuilder().add("termStart", "2026-12-01").add("termEnd", "2027-11-30").add("seats", 10_000_000_000L)
                        .build().toString());
        assertEquals(400, outOfRange.status(), outOfRange.toString());
        assertEquals("seats", outOfRange.field("field"));
        Api.Reply nothing = Api.post("/tenants", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, JsonValue.EMPTY_JSON_OBJECT.toString());
        assertEquals(400, nothing.status(), nothing.toString());
        assertEquals("name", nothing.field("field"), "the first field the record declares is refused first");

        JsonObject schemas = ApiDocumentOperations.document().getJsonObject("components").getJsonObject("schemas");
        assertFalse(schemas.getJsonObject("PermissionsRequest").containsKey("required"), "every permission is optional");
        assertEquals(List.of("termStart", "termEnd", "seats"), schemas.getJsonObject("SubscriptionRequest").getJsonArray("required")
                .getValuesAs(JsonString::getString));
    }

    /** Sends only the head of a request whose body it declares, and reads what the server answers. */
    private static String declareAndRead(String target, long length) throws Exception {
        URI server = URI.create(Api.SERVER);
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((target + " HTTP/1.1\r\nHost: " + server.getHost() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + length + "\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            byte[] buffer = new byte[4096];
            int n = socket.getInputStream().read(buffer);
            return n < 0 ? "" : new String(buffer, 0, n, StandardCharsets.UTF_8);
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    private static String serverLog() throws Exception {
        return Files.readString(Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"));
    }
}
