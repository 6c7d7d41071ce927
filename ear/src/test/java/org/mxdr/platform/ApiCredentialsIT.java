package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.json.Json;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.AccessApi;
import org.mxdr.testing.Api;
import org.mxdr.testing.Commercial;
import org.mxdr.testing.Console;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;

/**
 * The API signs a call in only by the credentials the call carries: the console's session cookie,
 * which a browser attaches to a cross-site form post, gets 401 JSON and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiCredentialsIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aCrossSiteFormPostWithTheConsoleCookieCannotRevokeTheGrant() throws Exception {
        AccessApi.Tenant t = AccessApi.subscribedTenant("Forgery", Commercial.newCommercialExecutive());
        AccessApi.grant(t, Api.json("serviceProviderAccess", true, "investigateAndGuide", true));
        String session = Console.signedIn(t.admin(), Fixtures.PASSWORD);

        // what a page on another origin makes the admin's browser send: a form post with the cookie, no credentials
        HttpResponse<String> forged = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + t.path("/permissions/revocation")))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Origin", "http://attacker.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("x=1")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, forged.statusCode(), forged.body());
        assertTrue(forged.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), "JSON, not a login page");
        assertEquals(401, Json.createReader(new StringReader(forged.body())).readObject().getInt("status"), forged.body());

        Api.Reply permissions = Api.get(t.path("/permissions"), t.admin(), Fixtures.PASSWORD);
        assertEquals(200, permissions.status(), permissions.toString());
        assertFalse(permissions.body().contains("REVOKED"), "the grant stays: " + permissions.body());
        assertTrue(permissions.json().getBoolean("serviceProviderAccess"), permissions.body());

        // the same session still works where it belongs: the console
        assertEquals(200, Console.get("/console/home.xhtml", session).statusCode());
    }

    @Test
    void aCookieAloneReadsNothingEither() throws Exception {
        String session = Console.signedIn(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
        HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/leads"))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, read.statusCode(), read.body());
    }

    @Test
    void wrongCredentialsGetJson401NotTheLoginPage() {
        Api.Reply wrong = Api.get("/leads", "nobody-" + Fixtures.unique(), "not-a-password");
        assertEquals(401, wrong.status(), wrong.toString());
        assertTrue(wrong.header("Content-Type").orElse("").startsWith("application/json"), wrong.toString());
        assertEquals(401, wrong.json().getInt("status"));
        assertTrue(wrong.header("WWW-Authenticate").orElse("").startsWith("Basic"));
    }
}
