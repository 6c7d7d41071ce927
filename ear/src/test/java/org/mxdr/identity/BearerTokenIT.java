package org.mxdr.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.AccessApi;
import org.mxdr.testing.Api;
import org.mxdr.testing.Api.Reply;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.World;

/**
 * Service accounts over HTTP: the client credentials grant, bearer calls checked by the server's
 * token realm, refusals of forged, altered and revoked credentials, the OAuth errors, the role
 * matrix of /service-accounts, and the detection platform's intake with a token.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BearerTokenIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static World world;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    record Account(String id, String secret) {
    }

    @BeforeEach
    void world() {
        if (world == null) {
            world = World.create();
        }
    }

    @Test
    void aTokenIsIssuedForTheClientCredentialsAndSignsCallsIn() throws Exception {
        Account platform = create(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, "Detection platform", "platform", null);
        HttpResponse<String> issued = token("grant_type=client_credentials", platform.id(), platform.secret());
        assertEquals(200, issued.statusCode(), issued.body());
        JsonObject answer = json(issued.body());
        assertEquals("Bearer", answer.getString("token_type"));
        assertEquals(900, answer.getInt("expires_in"));
        assertEquals("no-store", issued.headers().firstValue("Cache-Control").orElse(""));
        String token = answer.getString("access_token");

        Reply me = bearer("GET", "/me", token, null);
        assertEquals(200, me.status(), me.toString());
        assertEquals(platform.id(), me.field("username"));
        assertEquals("platform", me.field("role"));
        assertEquals("Detection platform", me.field("displayName"));
        assertNull(me.field("tenantId"));
        assertTrue(me.header("Set-Cookie").isEmpty(), "a bearer call leaves no session behind");

        // the form fields work as well as HTTP Basic
        HttpResponse<String> byForm = token("grant_type=client_credentials&client_id=" + platform.id() + "&client_secret="
                + URLEncoder.encode(platform.secret(), StandardCharsets.UTF_8), null, null);
        assertEquals(200, byForm.statusCode(), byForm.body());
    }

    @Test
    void theDetectionPlatformReportsAnIncidentWithItsToken() throws Exception {
        AccessApi.subscribe(world.tenantA, world.user("commercial-executive"));
        Account platform = create(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, "Platform intake", "platform", null);
        String token = accessToken(platform);
        String externalId = "tok-" + Fixtures.unique();
        String incident = Api.json("externalId", externalId, "title", "Beacon on WS-1", "severity", "HIGH", "category", "C2", "tactic", "TA0011",
                "devices", List.of(), "users", List.of());
        Reply created = bearer("POST", "/tenants/" + world.tenantA + "/incidents", token, incident);
        assertEquals(201, created.status(), created.toString());
        Reply again = bearer("POST", "/tenants/" + world.tenantA + "/incidents", token, incident);
        assertEquals(200, again.status(), again.toString());
        assertEquals(created.field("id"), again.field("id"));
        // the platform's role allows the intake and nothing of the people's
        assertEquals(403, bearer("GET", "/tenants/" + world.tenantA + "/incidents", token, null).status());
        assertEquals(403, bearer("GET", "/service-accounts", token, null).status());
    }

    @Test
    void aForgedOrAlteredOrMalformedTokenIsRefusedWith401Json() throws Exception {
        Account platform = create(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, "Forgery target", "platform", null);
        String genuine = accessToken(platform);
        String[] parts = genuine.split("\\.");
        JsonObject claims = json(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));

        // the same claims signed with another RSA key
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = sign(parts[0], claims.toString(), generator.generateKeyPair().getPrivate());
        assertRefused(forged);

        // the genuine signature over claims that raise the role
        String raised = Json.createObjectBuilder(claims).add("role", "provider-admin").build().toString();
        assertRefused(parts[0] + "." + b64(raised) + "." + parts[2]);

        // unsigned ("alg": "none"), and rubbish
        assertRefused(b64(Api.json("alg", "none", "typ", "JWT")) + "." + parts[1] + ".");
        assertRefused("not-a-token");
        assertEquals(200, bearer("GET", "/me", genuine, null).status(), "the genuine token still works");
    }

    @Test
    void aRevokedAccountGetsNoNewTokenAndARotatedSecretRetiresTheOldOne() throws Exception {
        Account scripts = create(world.user("tenant-admin"), Fixtures.PASSWORD, "Nightly export", "tenant-reader", null);
        String live = accessToken(scripts);

        Reply rotated = Api.post("/service-accounts/" + scripts.id() + "/secret", world.user("tenant-admin"), Fixtures.PASSWORD, null);
        assertEquals(200, rotated.status(), rotated.toString());
        String newSecret = rotated.field("secret");
        assertEquals("invalid_client", json(token("grant_type=client_credentials", scripts.id(), scripts.secret()).body()).getString("error"));
        assertEquals(200, token("grant_type=client_credentials", scripts.id(), newSecret).statusCode());

        assertEquals(204, Api.send("DELETE", "/service-accounts/" + scripts.id(), world.user("tenant-admin"), Fixtures.PASSWORD, null).status());
        HttpResponse<String> refused = token("grant_type=client_credentials", scripts.id(), newSecret);
        assertEquals(401, refused.statusCode(), refused.body());
        assertEquals("invalid_client", json(refused.body()).getString("error"));
        assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertFalse(Api.get("/service-accounts", world.user("tenant-admin"), Fixtures.PASSWORD).body().contains(scripts.id()),
                "a revoked account is no longer listed");
        // what it already holds ends with its 15 minutes: the API reads no database to check a token
        assertEquals(200, bearer("GET", "/me", live, null).status());
    }

    @Test
    void tokenRequestsFollowOAuthErrors() throws Exception {
        Account platform = create(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, "Errors", "platform", null);
        assertOAuthError(token("", platform.id(), platform.secret()), 400, "invalid_request", "grant_type");
        assertOAuthError(token("grant_type=password", platform.id(), platform.secret()), 400, "unsupported_grant_type", "grant_type");
        assertOAuthError(token("grant_type=client_credentials", "no-such-client", platform.secret()), 401, "invalid_client", null);
        assertOAuthError(token("grant_type=client_credentials", platform.id(), "wrong"), 401, "invalid_client", null);
        assertOAuthError(token("grant_type=client_credentials", null, null), 401, "invalid_client", "client_id");
        assertOAuthError(token("grant_type=client_credentials&client_id=" + platform.id(), null, null), 401, "invalid_client", "client_secret");
        assertOAuthError(token("grant_type=client_credentials&client_id=x", platform.id(), platform.secret()), 400, "invalid_request", "client_id");
        // a service account is no user: its credentials sign nothing in over HTTP Basic
        assertEquals(401, Api.get("/me", platform.id(), platform.secret()).status());
    }

    @Test
    void serviceAccountsFollowTheRoleMatrixAndTenantScope() throws Exception {
        Set<String> managers = Set.of("provider-admin", "tenant-admin");
        for (String role : world.users.keySet()) {
            Reply list = Api.get("/service-accounts", world.user(role), Fixtures.PASSWORD);
            assertEquals(managers.contains(role) ? 200 : 403, list.status(), role + ": " + list);
            Reply created = Api.post("/service-accounts", world.user(role), Fixtures.PASSWORD,
                    Api.json("name", "by " + role, "role", "tenant-reader", "tenantId", world.tenantA));
            assertEquals(managers.contains(role) ? 201 : 403, created.status(), role + ": " + created);
        }
        String tenantAdmin = world.user("tenant-admin");
        // a tenant admin: tenant roles in its own tenant only
        assertEquals(403, Api.post("/service-accounts", tenantAdmin, Fixtures.PASSWORD, Api.json("name", "x", "role", "platform")).status());
        assertEquals(403, Api.post("/service-accounts", tenantAdmin, Fixtures.PASSWORD,
                Api.json("name", "x", "role", "tenant-reader", "tenantId", world.tenantB)).status());
        Account other = create(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, "Tenant B reader", "tenant-reader", world.tenantB);
        assertEquals(403, Api.post("/service-accounts/" + other.id() + "/secret", tenantAdmin, Fixtures.PASSWORD, null).status());
        assertEquals(403, Api.send("DELETE", "/service-accounts/" + other.id(), tenantAdmin, Fixtures.PASSWORD, null).status());
        assertEquals(403, Api.get("/service-accounts?tenantId=" + world.tenantB, tenantAdmin, Fixtures.PASSWORD).status());
        assertEquals(404, Api.send("DELETE", "/service-accounts/no-such-account", tenantAdmin, Fixtures.PASSWORD, null).status());
        // bad input names the field
        assertEquals("role", Api.post("/service-accounts", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD,
                Api.json("name", "x", "role", "root")).field("field"));
        assertEquals("name", Api.post("/service-accounts", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, Api.json("role", "platform")).field("field"));
        assertEquals("tenantId", Api.post("/service-accounts", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD,
                Api.json("name", "x", "role", "tenant-reader")).field("field"));

        // a token of a tenant admin's account has exactly that role, scoped to its tenant
        Account tenantAdminAccount = create(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, "A's automation", "tenant-admin", world.tenantA);
        String token = accessToken(tenantAdminAccount);
        Reply me = bearer("GET", "/me", token, null);
        assertEquals("tenant-admin", me.field("role"));
        assertEquals(world.tenantA, me.field("tenantId"));
        assertEquals(200, bearer("GET", "/tenants/" + world.tenantA + "/incidents", token, null).status());
        assertEquals(403, bearer("GET", "/tenants/" + world.tenantB + "/incidents", token, null).status());
        assertEquals(201, bearer("POST", "/service-accounts", token, Api.json("name", "made by a token", "role", "tenant-operator")).status());
        assertEquals(403, bearer("POST", "/service-accounts", token, Api.json("name", "x", "role", "expert")).status());
        assertEquals(403, bearer("POST", "/users", token, Api.json("username", "x" + Fixtures.unique(), "password", Fixtures.PASSWORD,
                "email", "x@example.org", "role", "tenant-admin", "tenantId", world.tenantB)).status());
    }

    private static void assertRefused(String token) {
        Reply refused = bearer("GET", "/me", token, null);
        assertEquals(401, refused.status(), refused.toString());
        assertEquals("Authorization", refused.field("field"));
        assertTrue(refused.header("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    private static void assertOAuthError(HttpResponse<String> response, int status, String error, String field) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject body = json(response.body());
        assertEquals(error, body.getString("error"), response.body());
        assertNotNull(body.getString("error_description"));
        assertEquals(field, body.containsKey("field") && !body.isNull("field") ? body.getString("field") : null, response.body());
    }

    static Account create(String user, String password, String name, String role, String tenantId) {
        JsonObjectBuilder account = Json.createObjectBuilder().add("name", name).add("role", role);
        if (tenantId != null) {
            account.add("tenantId", tenantId);
        }
        Reply created = Api.post("/service-accounts", user, password, account.build().toString());
        assertEquals(201, created.status(), created.toString());
        assertNotNull(created.field("secret"));
        return new Account(created.field("id"), created.field("secret"));
    }

    static String accessToken(Account account) throws Exception {
        HttpResponse<String> issued = token("grant_type=client_credentials", account.id(), account.secret());
        assertEquals(200, issued.statusCode(), issued.body());
        return json(issued.body()).getString("access_token");
    }

    static HttpResponse<String> token(String form, String clientId, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + "/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (clientId != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Reply bearer(String method, String path, String token, String json) {
        return Api.sendWithHeader(method, path, null, null, "Authorization", "Bearer " + token, json);
    }

    private static String sign(String header, String claims, PrivateKey key) throws Exception {
        String content = header + "." + b64(claims);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(content.getBytes(StandardCharsets.US_ASCII));
        return content + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
