package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;

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
 * Console sign-in as a browser does it over HTTP (session cookie rules of ASVS V3), the friendly
 * error pages, and the server's published OpenAPI document and health endpoints.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleSessionIT {
    private static final String CONSOLE = Api.SERVER + "/mxdr";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear(FailingServlet.class);
    }

    @Test
    void signInStartsANewSessionWithSafeCookies() throws Exception {
        HttpResponse<String> login = get("/console/home.xhtml", null);
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("j_security_check"), "the login form is shown");
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        String before = sessionId(setCookie);

        HttpResponse<String> signedIn = signIn(before, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
        assertEquals(302, signedIn.statusCode());
        String after = sessionId(signedIn.headers().firstValue("Set-Cookie").orElseThrow());
        assertNotEquals(before, after, "the session id changes at sign-in");

        HttpResponse<String> home = get("/console/home.xhtml", after);
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Welcome, " + Fixtures.ADMIN), "home page for the admin");
        assertFalse(home.body().contains(Fixtures.ADMIN_PASSWORD));
    }

    @Test
    void wrongPasswordShowsTheLoginAgain() throws Exception {
        String session = sessionId(get("/console/home.xhtml", null).headers().firstValue("Set-Cookie").orElseThrow());
        HttpResponse<String> failed = signIn(session, Fixtures.ADMIN, "not-the-password");
        assertTrue(failed.body().contains("The username or password is not right"), failed.body());
    }

    @Test
    void unknownPageIsAFriendly404() throws Exception {
        HttpResponse<String> page = get("/console/no-such-page.xhtml", signedIn());
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Not found"));
        assertTrue(page.body().contains("Back to the console"));
        assertTrue(serverLog().contains("Not found [ref " + ref(page.body()) + "]"), "the page's reference is in the server log");
    }

    @Test
    void refusedPageNamesTheDenialLogLine() throws Exception {
        String u = Fixtures.unique();
        String tenant = Api.createTenant("Refused " + u, "COMMERCIAL", "EU");
        String reader = Api.createUser("refused-" + u, "tenant-reader", tenant);
        String session = sessionId(get("/console/home.xhtml", null).headers().firstValue("Set-Cookie").orElseThrow());
        session = sessionId(signIn(session, reader, Fixtures.PASSWORD).headers().firstValue("Set-Cookie").orElseThrow());
        HttpResponse<String> page = get("/console/provider/tenants.xhtml", session);
        assertEquals(403, page.statusCode());
        String ref = ref(page.body());
        String denials = Files.readString(Path.of(System.getProperty("jboss.home"), "standalone", "log", "mxdr-denials.log"));
        assertTrue(denials.contains("who=" + reader + " what=console /mxdr/console/provider/tenants.xhtml why=page not open to this role ref=" + ref),
                "denial line with ref " + ref);
    }

    private static String ref(String body) {
        Matcher ref = Pattern.compile("id=\"errorRef\" class=\"mxdr-ref\">([0-9a-f]{8})<").matcher(body);
        assertTrue(ref.find(), body);
        return ref.group(1);
    }

    private static String serverLog() throws Exception {
        return Files.readString(Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"));
    }

    @Test
    void failureShowsAReferenceThatMatchesTheServerLogAndNoStackTrace() throws Exception {
        HttpResponse<String> page = get("/test/failing", null);
        assertEquals(500, page.statusCode());
        assertFalse(page.body().contains("s3cr3t") || page.body().contains("IllegalStateException") || page.body().contains("\tat "));
        String ref = ref(page.body());
        assertTrue(serverLog().contains("Unexpected failure [ref " + ref + "]"), "server log names the reference " + ref);
    }

    @Test
    void openApiDocumentAndHealthArePublished() throws Exception {
        HttpResponse<String> openapi = HTTP.send(HttpRequest.newBuilder(URI.create(Api.SERVER + "/openapi?format=JSON")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/mxdr/api/v1/tenants/{tenantId}"), openapi.body());
        assertTrue(openapi.body().contains("/mxdr/api/v1/users"));
        HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(Api.MANAGEMENT + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals("UP", Json.createReader(new StringReader(ready.body())).readObject().getString("status"), ready.body());
    }

    private static String signedIn() throws Exception {
        String session = sessionId(get("/console/home.xhtml", null).headers().firstValue("Set-Cookie").orElseThrow());
        return sessionId(signIn(session, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD).headers().firstValue("Set-Cookie").orElseThrow());
    }

    private static HttpResponse<String> signIn(String session, String user, String password) throws Exception {
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(CONSOLE + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(CONSOLE + path));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionId(String setCookie) {
        Matcher m = Pattern.compile("JSESSIONID=([^;]+)").matcher(setCookie);
        assertTrue(m.find(), setCookie);
        assertNotNull(m.group(1));
        return m.group(1);
    }
}
