package org.mxdr.servicelevels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mxdr.testing.GrantedTenants.D_FREE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.platform.Role;
import org.mxdr.response.boundary.IncidentService;
import org.mxdr.response.boundary.PlatformService;
import org.mxdr.response.entity.Classification;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.Severity;
import org.mxdr.testing.Api;
import org.mxdr.testing.Api.Reply;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;
import org.mxdr.testing.GrantedTenants.Tenant;
import org.mxdr.testing.Statements;

/**
 * GET /expert/incidents runs the same statements for its first page and for a later page by
 * cursor, whether the expert is granted by one tenant with two incidents or by many tenants
 * holding many more: nothing is loaded per tenant or per row. Walked page by page, it lists every
 * incident once, what is due first.
 */
@ExtendWith(ArquillianExtension.class)
class ExpertQueueStatementsIT {
    private static final String PW = Fixtures.PASSWORD;
    private static final String PAGE = "/expert/incidents?size=5";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ExpertQueueStatementsIT.class);
    }

    @Inject
    GrantedTenants grants;

    @Inject
    PlatformService platform;

    @Inject
    IncidentService incidents;

    @PersistenceUnit(unitName = "mxdr")
    EntityManagerFactory emf;

    @Test
    void theFirstPageAndALaterOneTakeTheSameStatementsWhateverTheTenantsAndIncidents() throws Exception {
        String u = Fixtures.unique();
        String expert = grants.newUser("qs-expert-" + u, Role.EXPERT, null);
        String platformUser = grants.newUser("qs-platform-" + u, Role.PLATFORM, null);
        List<Tenant> tenants = new ArrayList<>();
        tenants.add(grants.granted("Queue count 0 " + u, false, true, true));
        report(platformUser, tenants.get(0), 2 * 5 + 1);
        long[] few = counts(expert);

        for (int n = 1; n <= 4; n++) {
            tenants.add(grants.granted("Queue count " + n + " " + u, false, true, n % 2 == 0));
            report(platformUser, tenants.get(n), 12);
        }
        long[] many = counts(expert);

        Statements.assertSameWork(few[0], few[1], "one tenant: the first page and a later one");
        Statements.assertSameWork(few[0], many[0], "the first page: one tenant with 11 incidents and five with 59");
        Statements.assertSameWork(few[1], many[1], "a later page: one tenant with 11 incidents and five with 59");
    }

    @Test
    void walkedByCursorTheQueueListsEveryIncidentOnce() throws Exception {
        Walked w = aQueueWalkedTwoByTwo();
        assertEquals(w.reported().size(), w.ids().size(), "each once: " + w.ids());
        assertEquals(Set.copyOf(w.reported()), Set.copyOf(w.ids()));
    }

    @Test
    void walkedByCursorTheQueueListsWhatIsDueFirstNearestDueFirst() throws Exception {
        Walked w = aQueueWalkedTwoByTwo();
        List<JsonObject> due = w.walked().subList(0, 4);
        List<Instant> dueAt = due.stream().map(ExpertQueueStatementsIT::dueAt).toList();
        assertTrue(dueAt.stream().allMatch(java.util.Objects::nonNull), due.toString());
        assertEquals(dueAt.stream().sorted().toList(), dueAt, "the nearest due first");
    }

    @Test
    void walkedByCursorTheQueueListsWhatIsNoLongerDueLastById() throws Exception {
        Walked w = aQueueWalkedTwoByTwo();
        List<String> last = w.ids().subList(4, 7);
        assertEquals(Set.copyOf(w.resolved()), Set.copyOf(last), "nothing due: last");
        assertEquals(last.stream().sorted().toList(), last, "then by id");
        w.walked().subList(4, 7).forEach(i -> assertNull(dueAt(i), i.toString()));
    }

    /** A test's own tenant's seven incidents, three of them resolved, and its queue as the expert walked it page by page. */
    private record Walked(List<String> reported, List<String> resolved, List<JsonObject> walked) {
        List<String> ids() {
            return walked.stream().map(i -> i.getString("id")).toList();
        }
    }

    private Walked aQueueWalkedTwoByTwo() throws Exception {
        String u = Fixtures.unique();
        String expert = grants.newUser("qw-expert-" + u, Role.EXPERT, null);
        String platformUser = grants.newUser("qw-platform-" + u, Role.PLATFORM, null);
        Tenant t = grants.granted("Queue walk " + u, false, true, true);
        List<String> reported = As.user(platformUser, PW, () -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                ids.add(platform.report(t.id(), new Incident.Report("walk-" + Fixtures.unique(), "Walked " + i, Severity.values()[i % 4],
                        "Malware", "Execution", null, List.of(D_FREE), List.of())).incident().getId());
            }
            return ids;
        });
        // three resolved as false positives: nothing is due for them any more
        List<String> resolved = reported.subList(0, 3);
        As.user(expert, PW, () -> {
            for (String id : resolved) {
                incidents.classify(t.id(), id, Classification.FALSE_POSITIVE, "Known admin script");
            }
            return null;
        });
        return new Walked(reported, resolved, walk(expert, t, reported.size()));
    }

    /** The tenant's items of the expert's queue, two a page by cursor (stopping should the cursors run past the incidents). */
    private static List<JsonObject> walk(String expert, Tenant t, int incidents) {
        List<JsonObject> walked = new ArrayList<>();
        String cursor = null;
        do {
            Reply page = Api.get("/expert/incidents?size=2&tenant=" + t.id() + (cursor == null ? "" : "&cursor=" + cursor), expert, PW);
            assertEquals(200, page.status(), page.toString());
            walked.addAll(page.json().getJsonArray("items").getValuesAs(JsonObject.class));
            cursor = page.field("nextCursor");
        } while (cursor != null && walked.size() <= incidents);
        return walked;
    }

    /** The item's due time; null when nothing is due (no service level, or its field null or left out). */
    private static Instant dueAt(JsonObject item) {
        if (!item.containsKey("sla") || item.isNull("sla")) {
            return null;
        }
        JsonObject sla = item.getJsonObject("sla");
        return !sla.containsKey("dueAt") || sla.isNull("dueAt") ? null : Instant.parse(sla.getString("dueAt"));
    }

    /** The statements of the first page, then of the third page reached by cursor. */
    private long[] counts(String expert) throws Exception {
        Reply first = Api.get(PAGE, expert, PW);
        assertEquals(200, first.status(), first.toString());
        Reply second = Api.get(PAGE + "&cursor=" + first.field("nextCursor"), expert, PW);
        String third = second.field("nextCursor");
        assertNotNull(third, second.toString());
        long firstPage = Statements.fewest(emf, () -> ok(Api.get(PAGE, expert, PW)));
        long laterPage = Statements.fewest(emf, () -> ok(Api.get(PAGE + "&cursor=" + third, expert, PW)));
        return new long[] {firstPage, laterPage};
    }

    private static Reply ok(Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        assertEquals(5, reply.json().getJsonArray("items").size(), reply.toString());
        return reply;
    }

    private void report(String platformUser, Tenant t, int incidents) throws Exception {
        As.user(platformUser, PW, () -> {
            for (int i = 0; i < incidents; i++) {
                platform.report(t.id(), new Incident.Report("ext-" + Fixtures.unique(), "Counted " + i, Severity.values()[i % 4], "Malware",
                        "Execution", null, List.of(D_FREE), List.of()));
            }
            return null;
        });
    }
}
