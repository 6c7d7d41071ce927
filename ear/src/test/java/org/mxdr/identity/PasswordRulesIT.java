package org.mxdr.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.identity.entity.PasswordPolicy;
import org.mxdr.testing.Api;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;

/** The weak passwords of issue 12 are refused when a user is created; the demo's password outside the demo. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordRulesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void weakPasswordsAreRefusedNamingThePassword() {
        String[] weak = {"Welcome2026!", "P@ssw0rd2026", PasswordPolicy.DEMO_PASSWORD, "short", "long enough\u0000password"};
        for (String password : weak) {
            String username = "weak-" + Fixtures.unique();
            Api.Reply reply = Api.post("/users", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD,
                    Api.json("username", username, "password", password, "email", username + "@example.org", "role", "expert"));
            assertEquals(400, reply.status(), password + ": " + reply);
            assertEquals("password", reply.field("field"), password + ": " + reply);
            assertEquals(401, Api.get("/leads", username, password).status(), "nothing created");
        }
        String username = "strong-" + Fixtures.unique();
        Api.Reply strong = Api.post("/users", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD,
                Api.json("username", username, "password", "violet-harbour-lantern-42", "email", username + "@example.org", "role", "expert"));
        assertEquals(201, strong.status(), strong.toString());
    }
}
