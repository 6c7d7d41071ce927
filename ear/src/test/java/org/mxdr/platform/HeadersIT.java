package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Console;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;

/** Security headers on the console and the API, the content security policy, HTTPS, and redirects that never follow the Host header. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeadersIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theLoginPageAndASignedInConsolePageCarryTheHeaders() throws Exception {
        assertSecure(Console.get("/login.xhtml", null).headers(), "login page");
        HttpResponse<String> home = Console.get("/console/home.xhtml", Console.signedIn(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD));
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Welcome, " + Fixtures.ADMIN));
        assertSecure(home.headers(), "console page");
    }

    /** The console's own style sheet and script are addressed by their content's hash, so an upgraded server is never shown with a week-old copy. */
    @Test
    void theConsolesOwnStylesAndScriptAreAddressedByTheirContent() throws Exception {
        String session = Console.signedIn(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
        String page = Console.get("/console/home.xhtml", session).body();
        for (String file : List.of("console.css", "console.js")) {
            Matcher link = Pattern.compile("/mxdr(/jakarta\\.faces\\.resource/" + Pattern.quote(file) + "\\.xhtml\\?ln=mxdr&(?:amp;)?v=([0-9a-f]{16}))\"")
                    .matcher(page);
            assertTrue(link.find(), file + " in " + page);
            HttpResponse<String> answer = Console.get(link.group(1).replace("&amp;", "&"), session);
            assertEquals(200, answer.statusCode(), file);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            assertEquals(HexFormat.of().formatHex(sha.digest(answer.body().getBytes(StandardCharsets.UTF_8)), 0, 8), link.group(2),
                    file + ": the version is the hash of what is served");
        }
    }

    /**
     * The console page's policy lets scripts run only from this server or with the page's nonce,
     * never inline without it or through eval; every script on the page carries that nonce or
     * comes from a file, and no element has an inline event handler.
     */
    @Test
    void aConsolePageRunsOnlyScriptsWithItsNonce() throws Exception {
        String session = Console.signedIn(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
        for (String page : List.of("/console/home.xhtml", "/console/provider/tenants.xhtml", "/console/users.xhtml")) {
            HttpResponse<String> answer = Console.get(page, session);
            assertEquals(200, answer.statusCode(), page);
            String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertEquals(1, answer.headers().allValues("Content-Security-Policy").size(), page + ": one policy");
            Matcher scriptSrc = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]{16,})'(;|$)").matcher(policy);
            assertTrue(scriptSrc.find(), page + ": " + policy);
            assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), page + ": " + policy);
            assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'"), page + ": " + policy);
            String nonce = scriptSrc.group(1);

            Matcher script = Pattern.compile("<script([^>]*)>").matcher(answer.body());
            int scripts = 0;
            while (script.find()) {
                scripts++;
                String attributes = script.group(1);
                assertTrue(attributes.contains("nonce=\"" + nonce + "\"") || attributes.contains(" src="), page + ": " + script.group());
            }
            assertTrue(scripts > 2, page + ": PrimeFaces' scripts are on the page");
            Matcher handler = Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(answer.body());
            assertFalse(handler.find(), () -> page + ": inline event handler " + handler.group());
            assertFalse(answer.body().contains("javascript:"), page + ": javascript: URL");
        }
        assertEquals("frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'; script-src 'self'",
                Api.get("/leads", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD).raw().headers().firstValue("Content-Security-Policy").orElse(null),
                "an answer without a nonce allows scripts from this server only");
    }

    /** A form posted without the nonce of the page that holds it (forged, or replayed from elsewhere) is refused with the 403 page, never a 500. */
    @Test
    void aFormPostedWithoutThePagesNonceIsRefused() throws Exception {
        HttpClient browserless = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        String page = Api.SERVER + "/mxdr/interest.xhtml";
        String form = browserless.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form);
        Matcher nonce = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"").matcher(form);
        assertTrue(viewState.find() && nonce.find(), form);
        String fields = "interestForm=interestForm&interestForm%3Asend=&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);

        HttpResponse<String> forged = browserless.send(HttpRequest.newBuilder(URI.create(page)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(forged.uri().getPath().endsWith("/error/403.xhtml") && forged.body().contains("You have no access to this page"),
                forged.uri() + ": " + forged.body());

        form = browserless.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString()).body();
        viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form);
        nonce = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"").matcher(form);
        assertTrue(viewState.find() && nonce.find(), form);
        String sent = "interestForm=interestForm&interestForm%3Asend=&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8)
                + "&primefaces.nonce=" + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> real = browserless.send(HttpRequest.newBuilder(URI.create(page)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(sent)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, real.statusCode());
        assertFalse(real.body().contains("You have no access to this page"), "the same form with the page's nonce is processed: " + real.body());
    }

    /**
     * Over HTTPS (https.cli, the certificate of the key store the build made for the tests and
     * that this client alone trusts) answers carry HSTS and the session cookie is Secure, at the
     * login page and after signing in; over plain HTTP neither.
     */
    @Test
    void httpsSendsHstsAndSecureCookiesPlainHttpDoesNot() throws Exception {
        HttpClient tls = HttpClient.newBuilder().sslContext(trustingTheTestKeyStore())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String https = "https://localhost:" + Integer.getInteger("mxdr.https.port") + "/mxdr";

        HttpResponse<String> login = tls.send(HttpRequest.newBuilder(URI.create(https + "/console/home.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("j_security_check"), "the login page");
        assertEquals("max-age=31536000", login.headers().firstValue("Strict-Transport-Security").orElse(null));
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.matches("(?i).*;\\s*Secure(;.*|$)"), cookie);
        assertTrue(cookie.matches("(?i).*;\\s*HttpOnly(;.*|$)"), cookie);
        assertSecure(login.headers(), "login page over HTTPS");

        String form = "j_username=" + URLEncoder.encode(Fixtures.ADMIN, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(Fixtures.ADMIN_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = tls.send(HttpRequest.newBuilder(URI.create(https + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Cookie", "JSESSIONID=" + Console.sessionId(cookie))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode());
        assertEquals("max-age=31536000", signedIn.headers().firstValue("Strict-Transport-Security").orElse(null));
        String session = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(session.matches("(?i).*;\\s*Secure(;.*|$)"), session);
        HttpResponse<String> home = tls.send(HttpRequest.newBuilder(URI.create(https + "/console/home.xhtml"))
                .header("Cookie", "JSESSIONID=" + Console.sessionId(session)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(home.body().contains("Welcome, " + Fixtures.ADMIN), "signed in over HTTPS");
        assertEquals("max-age=31536000", home.headers().firstValue("Strict-Transport-Security").orElse(null));

        HttpResponse<String> plain = Console.get("/console/home.xhtml", null);
        assertEquals(200, plain.statusCode());
        assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");
        String plainCookie = plain.headers().firstValue("Set-Cookie").orElseThrow();
        assertFalse(plainCookie.matches("(?i).*;\\s*Secure(;.*|$)"), plainCookie);
        assertTrue(Api.get("/leads", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD).raw().headers()
                .firstValue("Strict-Transport-Security").isEmpty(), "no HSTS on the API over plain HTTP");
    }

    private static SSLContext trustingTheTestKeyStore() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        char[] password = System.getProperty("mxdr.tls.keystore.password").toCharArray();
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("mxdr.tls.keystore")))) {
            keys.load(in, password);
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("mxdr-https", keys.getCertificate("mxdr-https"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    @Test
    void apiAnswersCarryTheHeadersRefusalsToo() {
        Api.Reply leads = Api.get("/leads", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
        assertSecure(leads.raw().headers(), "API answer " + leads.status());
        Api.Reply anonymous = Api.get("/leads", null, null);
        assertEquals(401, anonymous.status());
        assertSecure(anonymous.raw().headers(), "API 401");
        Api.Reply wrong = Api.get("/leads", Fixtures.ADMIN, "not-the-password");
        assertSecure(wrong.raw().headers(), "API 401 of the sign-in gate");
    }

    @Test
    void redirectsNameThePublicAddressNotTheHostHeader() throws Exception {
        URI server = URI.create(Api.SERVER);
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write("GET /mxdr HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 302") || answer.startsWith("HTTP/1.1 301") || answer.startsWith("HTTP/1.1 303"), answer);
            String location = answer.lines().filter(l -> l.toLowerCase().startsWith("location:")).findFirst().orElseThrow();
            assertFalse(location.contains("attacker.example"), location);
            assertTrue(location.substring("location:".length()).trim().startsWith(Api.SERVER + "/mxdr/"), location);
        }
    }

    private static void assertSecure(HttpHeaders headers, String what) {
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), what);
        assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), what);
        assertEquals("no-referrer", headers.firstValue("Referrer-Policy").orElse(null), what);
        assertEquals("no-store", headers.firstValue("Cache-Control").orElse(null), what);
    }
}
