package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

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

/** Security headers on the console and the API, and redirects that never follow the Host header. */
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
