package org.mxdr.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Api.Reply;
import org.mxdr.testing.Commercial;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.Mailbox;
import org.mxdr.testing.TestClockResource;

/**
 * A forgotten password, end to end through a real SMTP server: an admin within reach (or the user
 * from the sign-in page) sends a single-use, expiring link; the link sets a new password once; the
 * public request says nothing about who has an account; admins change email and role within the
 * rules of their side, and every refusal names its field or says who may not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordResetIT {
    private static final String NEW_PASSWORD = "amber-quarry-lantern-77";
    private static final Mailbox mailbox = Mailbox.ofTheRun();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear(TestClockResource.class);
    }

    @AfterEach
    void resetClock() {
        Commercial.resetClock();
    }

    @Test
    void anAdminsLinkSetsANewPasswordOnce() {
        User user = create("reset-" + Fixtures.unique(), "expert", null, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
        assertEquals(202, Api.post("/users/" + user.id + "/password-reset", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, null).status());
        String[] link = Mailbox.resetLink(mailbox.await(user.email, 1, Duration.ofSeconds(60)).get(0));
        assertTrue(link[0].startsWith(Api.SERVER + "/mxdr/reset.xhtml?token="), link[0]);
        assertEquals(200, Api.get("/me", user.name, Fixtures.PASSWORD).status(), "the old password works until the link is used");

        Reply weak = complete(link[1], "short");
        assertEquals(400, weak.status(), weak.toString());
        assertEquals("password", weak.field("field"));
        Reply done = complete(link[1], NEW_PASSWORD);
        assertEquals(200, done.status(), done.toString());
        assertEquals(user.name, done.field("username"));
        assertEquals(200, Api.get("/me", user.name, NEW_PASSWORD).status());
        assertEquals(401, Api.get("/me", user.name, Fixtures.PASSWORD).status(), "the old password no longer works");
        assertEquals(409, complete(link[1], "another-long-passphrase-1").status(), "a link works once");
        assertEquals(404, complete("not-a-token-" + Fixtures.unique(), NEW_PASSWORD).status());
        assertTrue(Api.get("/audit?action=user.password", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD).body().contains(user.name));
    }

    @Test
    void aLinkExpiresAfterAnHourAndANewerOneReplacesIt() {
        User user = create("expiry-" + Fixtures.unique(), "expert", null, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        Commercial.fixClock(now);
        sendAsAdmin(user);
        String first = Mailbox.resetLink(mailbox.await(user.email, 1, Duration.ofSeconds(60)).get(0))[1];
        sendAsAdmin(user);
        String second = mailbox.await(user.email, 2, Duration.ofSeconds(60)).stream().map(m -> Mailbox.resetLink(m)[1])
                .filter(token -> !token.equals(first)).findFirst().orElseThrow();
        Reply replaced = complete(first, NEW_PASSWORD);
        assertEquals(409, replaced.status(), replaced.toString());
        assertTrue(replaced.field("message").contains("newer"), replaced.toString());
        Commercial.fixClock(now.plus(Duration.ofMinutes(61)));
        Reply expired = complete(second, NEW_PASSWORD);
        assertEquals(409, expired.status(), expired.toString());
        assertTrue(expired.field("message").contains("expired"), expired.toString());
        for (int i = 0; i < 3; i++) {
            sendAsAdmin(user);
        }
        Reply fourth = Api.post("/users/" + user.id + "/password-reset", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, null);
        assertEquals(429, fourth.status(), "three links within an hour at most: " + fourth);
    }

    @Test
    void theSignInPagesRequestTellsNobodyWhoHasAnAccount() {
        User user = create("forgot-" + Fixtures.unique(), "expert", null, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
        Reply unknown = Api.post("/password-reset", null, null, Api.json("username", "nobody-" + Fixtures.unique()));
        Reply known = Api.post("/password-reset", null, null, Api.json("username", user.name.toUpperCase()));
        assertEquals(202, unknown.status(), unknown.toString());
        assertEquals(202, known.status(), known.toString());
        assertEquals(unknown.body(), known.body());
        List<MimeMessage> mails = mailbox.await(user.email, 1, Duration.ofSeconds(60));
        assertTrue(Mailbox.resetLink(mails.get(0))[0].contains("/reset.xhtml?token="));
        Reply missing = Api.post("/password-reset", null, null, "{}");
        assertEquals(400, missing.status(), missing.toString());
        assertEquals("username", missing.field("field"));
    }

    @Test
    void adminsChangeEmailAndRoleWithinTheirReachAndSide() {
        String a = Api.createTenant("Users A " + Fixtures.unique(), "COMMERCIAL", "EU");
        String b = Api.createTenant("Users B " + Fixtures.unique(), "COMMERCIAL", "EU");
        User adminA = create("ua-admin-" + Fixtures.unique(), "tenant-admin", a, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
        User readerA = create("ua-reader-" + Fixtures.unique(), "tenant-reader", a, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
        User readerB = create("ub-reader-" + Fixtures.unique(), "tenant-reader", b, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
        String newEmail = "moved-" + Fixtures.unique() + "@example.org";

        Reply changed = change(readerA, adminA, newEmail, "tenant-operator");
        assertEquals(200, changed.status(), changed.toString());
        assertEquals("tenant-operator", changed.field("role"));
        assertEquals(newEmail, changed.field("email"));
        assertTrue(Api.get("/tenants/" + a + "/audit?action=user.changed", adminA.name, Fixtures.PASSWORD).body().contains("role=tenant-operator"));

        assertEquals(403, change(readerB, adminA, newEmail, "tenant-admin").status(), "another tenant's user");
        assertEquals(403, Api.post("/users/" + readerB.id + "/password-reset", adminA.name, Fixtures.PASSWORD, null).status());
        assertEquals(403, change(readerA, adminA, newEmail, "expert").status(), "a tenant admin gives tenant roles only");
        assertEquals(403, change(adminA, readerA, newEmail, "tenant-reader").status(), "an operator is no admin");
        assertEquals(403, Api.post("/users/" + adminA.id + "/password-reset", readerA.name, Fixtures.PASSWORD, null).status());
        assertField(400, "role", change(readerA, new User(null, Fixtures.ADMIN, null), newEmail, "expert"), "a tenant's user keeps a tenant role");
        assertField(400, "role", change(readerA, adminA, newEmail, "chief"), "not a role");
        assertField(400, "email", change(readerA, adminA, "not-an-address", "tenant-reader"), "email");
        assertField(409, "role", change(adminA, adminA, adminA.email, "tenant-reader"), "nobody changes their own role");
        assertEquals(404, Api.send("PUT", "/users/00000000-0000-0000-0000-000000000000", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD,
                Json.createObjectBuilder().add("email", newEmail).add("role", "expert").build().toString()).status());
    }

    private record User(String id, String name, String email) {
    }

    private static User create(String name, String role, String tenantId, String by, String password) {
        String email = name + "@example.org";
        var body = Json.createObjectBuilder().add("username", name).add("password", Fixtures.PASSWORD).add("email", email).add("role", role);
        if (tenantId != null) {
            body.add("tenantId", tenantId);
        }
        Reply reply = Api.post("/users", by, password, body.build().toString());
        assertEquals(201, reply.status(), reply.toString());
        return new User(reply.field("id"), name, email);
    }

    private static void sendAsAdmin(User user) {
        Reply sent = Api.post("/users/" + user.id + "/password-reset", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, null);
        assertEquals(202, sent.status(), sent.toString());
    }

    private static Reply change(User user, User by, String email, String role) {
        String password = Fixtures.ADMIN.equals(by.name) ? Fixtures.ADMIN_PASSWORD : Fixtures.PASSWORD;
        return Api.send("PUT", "/users/" + user.id, by.name, password,
                Json.createObjectBuilder().add("email", email).add("role", role).build().toString());
    }

    private static Reply complete(String token, String password) {
        return Api.post("/password-reset/completion", null, null,
                Json.createObjectBuilder().add("token", token).add("password", password).build().toString());
    }

    private static void assertField(int status, String field, Reply reply, String why) {
        assertEquals(status, reply.status(), why + ": " + reply);
        assertEquals(field, reply.field("field"), why + ": " + reply);
    }
}
