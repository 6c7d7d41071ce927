package org.mxdr.credits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Api.Reply;
import org.mxdr.testing.Commercial;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.World;

/** The role matrix of the credits endpoints and their bad input, through the REST API as a client calls it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CreditsApiIT {
    static final Set<String> TENANT_USERS = Set.of("tenant-admin", "tenant-operator", "tenant-reader");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private World world;
    private String month;

    @BeforeEach
    void world() {
        world = World.create();
        assertEquals(201, Commercial.subscribe(world.tenantA, world.user("commercial-executive"), Fixtures.PASSWORD, Commercial.aYear()).status());
        month = LocalDate.now().toString().substring(0, 7);
        assertEquals(200, Api.post("/jobs/credit-assignment?period=" + month, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, null).status());
    }

    @Test
    void theLedgerIsForTheTenantsUsersAndTheProviderOffice() {
        Set<String> mayRead = Set.of("provider-admin", "commercial-executive", "delivery-manager", "tenant-admin", "tenant-operator",
                "tenant-reader");
        for (String role : roles()) {
            Reply reply = Api.get("/tenants/" + world.tenantA + "/credits", world.user(role), Fixtures.PASSWORD);
            assertEquals(mayRead.contains(role) ? 200 : 403, reply.status(), role + ": " + reply);
        }
        assertEquals(403, Api.get("/tenants/" + world.tenantA + "/credits", world.otherTenantAdmin, Fixtures.PASSWORD).status());
        assertEquals(401, Api.get("/tenants/" + world.tenantA + "/credits", null, null).status());
        assertEquals(404, Api.get("/tenants/no-such-tenant/credits", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD).status());
        JsonObject ledger = Api.get("/tenants/" + world.tenantA + "/credits", world.user("tenant-reader"), Fixtures.PASSWORD).json();
        assertEquals(2, ledger.getInt("remaining"), ledger.toString());
        assertEquals(ledger.getInt("assigned"), ledger.getInt("used") + ledger.getInt("expired") + ledger.getInt("remaining"));
        JsonObject credit = ledger.getJsonArray("credits").getJsonObject(0);
        assertEquals("AVAILABLE", credit.getString("state"));
        assertEquals(month, credit.getString("period"));
        assertTrue(credit.getString("expiresOn").compareTo(credit.getString("assignedOn")) > 0);
    }

    @Test
    void onlyTheTenantsUsersAskAndEachQuestionTakesACreditWhileOneIsLeft() {
        for (String role : roles()) {
            Reply reply = Api.post(questions(), world.user(role), Fixtures.PASSWORD, Api.json("subject", "From " + role, "body", "Hello?"));
            assertEquals(TENANT_USERS.contains(role) ? 201 : 403, reply.status(), role + ": " + reply);
        }
        // three questions, two credits: the third is beyond allocation
        JsonObject ledger = Api.get("/tenants/" + world.tenantA + "/credits", world.user("tenant-reader"), Fixtures.PASSWORD).json();
        assertEquals(0, ledger.getInt("remaining"));
        assertEquals(2, ledger.getInt("used"));
        assertEquals(403, Api.post(questions(), world.otherTenantAdmin, Fixtures.PASSWORD, Api.json("subject", "x", "body", "y")).status());
    }

    @Test
    void aQuestionAskedOnceTheCreditsAreUsedIsBeyondAllocationWithoutACredit() {
        ask("First");
        ask("Second");
        String incident = reportIncident().field("id");
        Reply beyond = Api.post(questions(), world.user("tenant-reader"), Fixtures.PASSWORD,
                Api.json("subject", "Third", "body", "More?", "incidentId", incident));
        assertEquals(201, beyond.status());
        assertTrue(beyond.json().getBoolean("beyondAllocation"), beyond.toString());
        assertEquals(null, beyond.field("creditId"), "no credit: " + beyond);
    }

    @Test
    void aQuestionNamesItsIncidentByIdOrShortIdAndAnUnknownIncidentIsRefused() {
        Reply unknownIncident = Api.post(questions(), world.user("tenant-reader"), Fixtures.PASSWORD,
                Api.json("subject", "Fourth", "body", "More?", "incidentId", "no-such-incident"));
        assertEquals(400, unknownIncident.status(), unknownIncident.toString());
        assertEquals("incidentId", unknownIncident.field("field"));
        Reply reported = reportIncident();
        // the incident's short id names it as well; the question keeps the incident's id
        Reply byKey = Api.post(questions(), world.user("tenant-reader"), Fixtures.PASSWORD,
                Api.json("subject", "Fifth", "body", "About it", "incidentId", reported.field("key").toLowerCase()));
        assertEquals(201, byKey.status(), byKey.toString());
        assertEquals(reported.field("id"),
                Api.get(questions() + "/" + byKey.field("id"), world.user("tenant-reader"), Fixtures.PASSWORD).field("incidentId"));
    }

    @Test
    void theTenantsUsersReadAndFollowUpAQuestionAndWithoutAGrantNoExpertAnswers() {
        String question = ask("Hello");
        String path = questions();
        for (String role : roles()) {
            int list = Api.get(path, world.user(role), Fixtures.PASSWORD).status();
            int thread = Api.get(path + "/" + question, world.user(role), Fixtures.PASSWORD).status();
            int followUp = Api.post(path + "/" + question + "/follow-ups", world.user(role), Fixtures.PASSWORD, Api.json("body", "More")).status();
            int answer = Api.post(path + "/" + question + "/answers", world.user(role), Fixtures.PASSWORD, Api.json("body", "Answer")).status();
            int expected = TENANT_USERS.contains(role) ? 200 : 403;
            assertEquals(List.of(expected, expected, TENANT_USERS.contains(role) ? 201 : 403, 403), List.of(list, thread, followUp, answer),
                    role + " (no grant, so the expert is refused too)");
        }
        assertEquals(404, Api.get(path + "/no-such-question", world.user("tenant-reader"), Fixtures.PASSWORD).status());
    }

    @Test
    void theExpertsQuestionListIsForExpertsOnly() {
        for (String role : roles()) {
            assertEquals("expert".equals(role) ? 200 : 403, Api.get("/expert/questions", world.user(role), Fixtures.PASSWORD).status(), role);
        }
    }

    @Test
    void aBadQuestionOrFollowUpIsRefusedNamingTheField() {
        String question = ask("Hello");
        Reply blank = Api.post(questions(), world.user("tenant-reader"), Fixtures.PASSWORD, Api.json("subject", "", "body", "y"));
        assertEquals(400, blank.status());
        assertEquals("subject", blank.field("field"));
        // raw input on purpose: a string for the boolean
        assertEquals("emailCopy", Api.post(questions(), world.user("tenant-reader"), Fixtures.PASSWORD,
                "{\"subject\":\"s\",\"body\":\"y\",\"emailCopy\":\"yes\"}").field("field"));
        assertEquals("body", Api.post(questions() + "/" + question + "/follow-ups", world.user("tenant-reader"), Fixtures.PASSWORD, "{}")
                .field("field"));
    }

    @Test
    void theJobIsForTheProviderAdminAndIdempotent() {
        for (String role : roles()) {
            Reply reply = Api.post("/jobs/credit-assignment?period=" + month, world.user(role), Fixtures.PASSWORD, null);
            assertEquals("provider-admin".equals(role) ? 200 : 403, reply.status(), role + ": " + reply);
            if (reply.status() == 200) {
                assertEquals(0, reply.json().getInt("assigned"), "assigned once already: " + reply);
                assertEquals(month, reply.field("period"));
            }
        }
        assertEquals(401, Api.post("/jobs/credit-assignment?period=" + month, null, null, null).status());
        String quarter = LocalDate.now().getYear() + "-Q" + ((LocalDate.now().getMonthValue() - 1) / 3 + 1);
        assertEquals(200, Api.post("/jobs/credit-assignment?period=" + quarter, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, null).status());
        JsonObject ledger = Api.get("/tenants/" + world.tenantA + "/credits", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD).json();
        assertEquals(2, ledger.getInt("assigned"), "a quarter assigns nothing to a monthly subscription");
    }

    @Test
    void badPeriodsAre400NamingTheField() {
        String nextYear = (LocalDate.now().getYear() + 1) + "-01";
        for (String bad : List.of("", "2026", "2026-13", "2026-Q5", "december", "2026-12-01", "26-12", nextYear)) {
            Reply reply = Api.post("/jobs/credit-assignment?period=" + bad, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, null);
            assertEquals(400, reply.status(), bad + ": " + reply);
            assertEquals("period", reply.field("field"), bad + ": " + reply);
        }
        Reply missing = Api.post("/jobs/credit-assignment", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, null);
        assertEquals(400, missing.status());
        assertEquals("period", missing.field("field"));
    }

    /** The benchmarks' seeding helpers live in the demo EAR only (org.mxdr.bench): nobody reaches them here. */
    @Test
    void theBenchHelpersAreNotInAProductionDeployment() {
        for (String path : List.of("/diagnostics/credit-bench?subscriptions=10", "/diagnostics/audit-bench/records?records=10&tenants=1")) {
            for (String role : roles()) {
                Reply reply = Api.post(path, world.user(role), Fixtures.PASSWORD, null);
                assertEquals(404, reply.status(), role + " on " + path + ": " + reply);
            }
        }
    }

    private List<String> roles() {
        return List.copyOf(world.users.keySet());
    }

    private String questions() {
        return "/tenants/" + world.tenantA + "/questions";
    }

    /** A question of tenant A's reader; returns its id. */
    private String ask(String subject) {
        Reply asked = Api.post(questions(), world.user("tenant-reader"), Fixtures.PASSWORD, Api.json("subject", subject, "body", "Hello?"));
        assertEquals(201, asked.status(), asked.toString());
        return asked.field("id");
    }

    /** An incident of tenant A, as the platform reports it. */
    private Reply reportIncident() {
        Reply reported = Api.post("/tenants/" + world.tenantA + "/incidents", world.user("platform"), Fixtures.PASSWORD,
                Api.json("externalId", "Q-" + Fixtures.unique(), "title", "Phishing", "severity", "LOW", "category", "Email",
                        "tactic", "Initial Access", "devices", List.of("d-1")));
        assertEquals(201, reported.status(), reported.toString());
        return reported;
    }
}
