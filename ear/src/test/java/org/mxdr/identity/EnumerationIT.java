package org.mxdr.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.AccessApi;
import org.mxdr.testing.Api;
import org.mxdr.testing.Commercial;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;

/**
 * Nothing tells who exists: a wrong password takes as long for an unknown username as for a known
 * one, a taken username gets one answer whoever holds it, and an expert gets the same refusal for
 * every tenant without his grant (customer or not, existing or not).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnumerationIT {
    private static final int ROUNDS = 4;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    ManagementClient management;

    @Test
    void unknownAndKnownUsernamesTakeTheSameTime() throws Exception {
        // the test server hashes at bcrypt's least cost; at production's a missing dummy check shows
        setServerBcryptCost("10");
        try {
            measureUntilAlike();
        } finally {
            setServerBcryptCost(null);
        }
    }

    private void setServerBcryptCost(String cost) throws Exception {
        ModelNode op = new ModelNode();
        op.get("address").add("system-property", "mxdr.bcrypt.cost");
        op.get("operation").set(cost == null ? "remove" : "add");
        if (cost != null) {
            op.get("value").set(cost);
        }
        ModelNode result = management.getControllerClient().execute(op);
        assertEquals("success", result.get("outcome").asString(), result.toString());
    }

    private static void measureUntilAlike() {
        // A username without the dummy check answers in a few milliseconds against about 200 for a
        // password check: a gap of ten times, which no measurement hides. On a machine shared with
        // other builds one measurement can stray past 20 %, so up to three are taken, each with
        // fresh usernames (no source is throttled meanwhile), and one within 20 % is enough.
        List<String> tries = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            double[] medians = measureKnownAndUnknown();
            tries.add(String.format("known %.1f ms, unknown %.1f ms", medians[0] / 1e6, medians[1] / 1e6));
            if (Math.abs(medians[0] - medians[1]) <= 0.2 * Math.max(medians[0], medians[1])) {
                System.out.println("wrong password, medians: " + tries);
                return;
            }
        }
        fail("medians never within 20 %: " + tries);
    }

    private static double[] measureKnownAndUnknown() {
        List<String> known = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            known.add(Api.createUser("timed-" + Fixtures.unique(), "expert", null));
        }
        Api.get("/leads", "warm-up-" + Fixtures.unique(), "not-the-password");
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        // interleaved, at most ROUNDS wrong passwords per username, so no source is throttled meanwhile
        for (int round = 0; round < ROUNDS; round++) {
            for (String user : known) {
                knownTimes.add(wrongPassword(user));
                unknownTimes.add(wrongPassword("nobody-" + Fixtures.unique()));
            }
        }
        return new double[] {median(knownTimes), median(unknownTimes)};
    }

    @Test
    void aTakenUsernameGetsOneAnswerWhoeverHoldsIt() {
        AccessApi.Tenant t = AccessApi.subscribedTenant("Names", Commercial.newCommercialExecutive());
        String own = Api.createUser("own-" + Fixtures.unique(), "tenant-reader", t.id());
        Api.Reply inside = createAsTenantAdmin(t, own);
        Api.Reply outside = createAsTenantAdmin(t, Fixtures.ADMIN);
        assertEquals(409, inside.status(), inside.toString());
        assertEquals(409, outside.status(), outside.toString());
        assertEquals(inside.field("message").replace(own, "NAME"), outside.field("message").replace(Fixtures.ADMIN, "NAME"));
        assertFalse(outside.field("message").contains("taken"), outside.toString());
    }

    @Test
    void anExpertGetsTheSameRefusalForEveryTenantWithoutHisGrant() {
        String expert = Api.createUser("oracle-" + Fixtures.unique(), "expert", null);
        String customer = AccessApi.subscribedTenant("Customer", Commercial.newCommercialExecutive()).id();
        String prospect = Api.createTenant("Prospect " + Fixtures.unique(), "COMMERCIAL", "EU");
        String nobody = "00000000-0000-0000-0000-" + Fixtures.unique() + "0000";
        List<String> answers = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (String tenant : List.of(customer, prospect, nobody)) {
            Api.Reply incidents = Api.get("/tenants/" + tenant + "/incidents", expert, Fixtures.PASSWORD);
            answers.add(incidents.status() + " " + incidents.field("message"));
            Api.Reply check = Api.get("/tenants/" + tenant + "/access?operation=READ_INCIDENTS", expert, Fixtures.PASSWORD);
            reasons.add(check.status() + " " + check.field("reason"));
        }
        assertTrue(answers.get(0).startsWith("403 "), answers.toString());
        assertEquals(Collections.nCopies(3, answers.get(0)), answers, "no NO_SUBSCRIPTION vs NO_GRANT, no unknown tenant");
        assertEquals(Collections.nCopies(3, "200 NO_GRANT"), reasons);
    }

    private static Api.Reply createAsTenantAdmin(AccessApi.Tenant t, String username) {
        return Api.post("/users", t.admin(), Fixtures.PASSWORD, Api.json("username", username, "password", Fixtures.PASSWORD,
                "email", Fixtures.unique() + "@example.org", "role", "tenant-reader", "tenantId", t.id()));
    }

    private static long wrongPassword(String user) {
        long start = System.nanoTime();
        Api.Reply reply = Api.get("/leads", user, "not-the-password-" + Fixtures.unique());
        long took = System.nanoTime() - start;
        assertEquals(401, reply.status(), reply.toString());
        return took;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
