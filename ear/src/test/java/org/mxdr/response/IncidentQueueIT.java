package org.mxdr.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.response.boundary.IncidentFilter;
import org.mxdr.response.boundary.IncidentQueueService;
import org.mxdr.platform.CursorPage;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.IncidentStatus;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.OncePerClass;
import org.mxdr.testing.Statements;
import org.mxdr.testing.TestClock;

/**
 * The incident queue pages by cursor, newest first in the order of its index, and counts nothing:
 * every incident once across the pages (ties on the same instant included), the grant's device
 * groups withheld, and the same number of SQL statements for a page of 1 row as for one of 200,
 * through the boundary, the API and the console page.
 * <p>
 * Tenant A holds 30 incidents (a tenth of them on a device in a device group), tenant B two; both
 * grant the experts the Reader level, A with the all-devices switch off.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(OncePerClass.class)
class IncidentQueueIT {
    private static final String PW = Fixtures.PASSWORD;
    /** The boundary's statements for a page: the caller, the grant or the tenant, the page. */
    private static final long BOUNDARY_MOST = 5;
    /** The sign-in throttle's own reads in every HTTP Basic call (the address, the account, clearing its failures). */
    private static final long BASIC_SIGN_IN = 3;
    private static final long CONSOLE_MOST = 8;
    private static final String SERVER = "http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/mxdr";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(IncidentQueueIT.class, QueuedIncidents.class, Statements.class);
    }

    @Inject
    IncidentQueueService queue;

    @PersistenceUnit(unitName = "mxdr")
    EntityManagerFactory emf;

    QueuedIncidents world;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void everyIncidentOnceNewestFirstAcrossThePagesAndTheGrantsDeviceGroupsWithheld() throws Exception {
        assertEquals(world.newestFirstOfA, walk(world.readerOfA, IncidentFilter.NONE, 4), "the reader's queue, page by page");
        assertEquals(world.newestFirstOfA, walk(world.readerOfA, IncidentFilter.NONE, 1), "one row a page: no tie repeated or skipped");
        List<String> ungrouped = As.user(world.readerOfA, PW, () -> walkIncidents(IncidentFilter.NONE, 200)).stream()
                .filter(i -> !i.isInDeviceGroup()).map(Incident::getId).toList();
        assertEquals(27, ungrouped.size());
        assertEquals(ungrouped, walk(world.expert, IncidentFilter.NONE, 7), "the expert's queue leaves out the incidents on device groups");
        assertEquals(List.of(), walk(world.expert, new IncidentFilter(IncidentStatus.RESOLVED, null, null), 5), "filters apply");
        CursorPage<Incident> last = As.user(world.readerOfA, PW, () -> queue.queue(world.a.id(), IncidentFilter.NONE, null, 30));
        assertNull(last.nextCursor(), "a page that holds the rest says no more follow");
    }

    @Test
    void theApiAnswersNextCursorAndRefusesACursorItNeverGaveByName() throws Exception {
        JsonObject first = json(get("/api/v1/tenants/" + world.a.id() + "/incidents?size=10", world.readerOfA));
        assertEquals(10, first.getJsonArray("items").size());
        assertTrue(!first.containsKey("total"), "the queue is not counted");
        JsonObject second = json(get("/api/v1/tenants/" + world.a.id() + "/incidents?size=10&cursor=" + first.getString("nextCursor"), world.readerOfA));
        assertEquals(world.newestFirstOfA.get(10), second.getJsonArray("items").getJsonObject(0).getString("id"));
        JsonObject byNumber = json(get("/api/v1/tenants/" + world.a.id() + "/incidents?size=10&page=1", world.readerOfA));
        assertEquals(second.getJsonArray("items"), byNumber.getJsonArray("items"), "paging by number still answers the same rows");
        for (String bad : List.of("cursor=not-a-cursor", "cursor=" + first.getString("nextCursor") + "&page=1")) {
            HttpResponse<String> refused = get("/api/v1/tenants/" + world.a.id() + "/incidents?" + bad, world.readerOfA);
            assertEquals(400, refused.statusCode(), refused.body());
            assertEquals("cursor", json(refused).getString("field"), refused.body());
        }
    }

    @Test
    void aPageOfTheBoundaryTakesTheSameStatementsWhateverItsSize() throws Exception {
        Map<String, Long> firstPage = new HashMap<>();
        for (String user : List.of(world.expert, world.readerOfA)) {
            // signed in once, outside the count: only the boundary's own statements are counted
            long one = As.user(user, PW, () -> Statements.fewest(emf, () -> queue.queue(world.a.id(), IncidentFilter.NONE, null, 1)));
            long all = As.user(user, PW, () -> Statements.fewest(emf, () -> queue.queue(world.a.id(), IncidentFilter.NONE, null, 200)));
            String cursor = As.user(user, PW, () -> queue.queue(world.a.id(), IncidentFilter.NONE, null, 3)).nextCursor();
            long next = As.user(user, PW, () -> Statements.fewest(emf, () -> queue.queue(world.a.id(), IncidentFilter.NONE, cursor, 100)));
            assertTrue(one <= BOUNDARY_MOST, user + ": " + one);
            Statements.assertSameWork(one, all, user + ": 1 row and 200 rows");
            Statements.assertSameWork(one, next, user + ": the first page and the next");
            firstPage.put(user, one);
        }
        // the caller's row and the page: the tenant's existence comes from the cached access state, as the expert's grant does
        assertEquals(firstPage.get(world.expert), firstPage.get(world.readerOfA), "the reader's page reads no tenant row: " + firstPage);
    }

    @Test
    void anApiListPageTakesTheSameStatementsWhateverItsSize() throws Exception {
        for (String user : List.of(world.expert, world.readerOfA)) {
            String path = "/api/v1/tenants/" + world.a.id() + "/incidents";
            long one = Statements.fewest(emf, () -> ok(get(path + "?size=1", user)));
            long all = Statements.fewest(emf, () -> ok(get(path + "?size=200", user)));
            String cursor = json(get(path + "?size=5", user)).getString("nextCursor");
            long next = Statements.fewest(emf, () -> ok(get(path + "?size=20&cursor=" + cursor, user)));
            long filtered = Statements.fewest(emf, () -> ok(get(path + "?size=20&status=NEW&severity=HIGH", user)));
            assertTrue(one <= BOUNDARY_MOST + BASIC_SIGN_IN, user + ": " + one);
            Statements.assertSameWork(one, all, user + ": 1 row and 200 rows");
            Statements.assertSameWork(one, next, user + ": the first page and the next");
            Statements.assertSameWork(one, filtered, user + ": filtered");
        }
    }

    @Test
    void theConsoleQueuePageTakesTheSameStatementsForTwoIncidentsAsForThirty() throws Exception {
        String expertSession = signedIn(world.expert);
        long many = Statements.fewest(emf, () -> page("/console/response/incidents.xhtml?tenant=" + world.a.id(), expertSession));
        long few = Statements.fewest(emf, () -> page("/console/response/incidents.xhtml?tenant=" + world.b.id(), expertSession));
        assertTrue(many <= CONSOLE_MOST, "the expert's queue page: " + many);
        Statements.assertSameWork(many, few, "30 incidents (a page of 20 and more) and 2");
        String readerSession = signedIn(world.readerOfA);
        long reader = Statements.fewest(emf, () -> page("/console/response/incidents.xhtml", readerSession));
        assertTrue(reader <= CONSOLE_MOST, "the reader's queue page: " + reader);
    }

    // ---------------------------------------------------------------- helpers

    private List<String> walk(String user, IncidentFilter filter, int size) throws Exception {
        return As.user(user, PW, () -> walkIncidents(filter, size)).stream().map(Incident::getId).toList();
    }

    private List<Incident> walkIncidents(IncidentFilter filter, int size) {
        List<Incident> seen = new ArrayList<>();
        String cursor = null;
        do {
            CursorPage<Incident> page = queue.queue(world.a.id(), filter, cursor, size);
            assertTrue(page.items().size() <= size);
            seen.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return seen;
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + PW).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(SERVER + path)).header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Object ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** A console page as the signed-in browser gets it. */
    private static Object page(String path, String session) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(SERVER + path)).header("Cookie", "JSESSIONID=" + session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("queueForm:incidents"), "the queue is shown");
        return page;
    }

    /** Signs in through the console's login form; the session cookie. */
    private static String signedIn(String user) throws Exception {
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(SERVER + "/console/home.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = sessionOf(login);
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password=" + URLEncoder.encode(PW, StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(URI.create(SERVER + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8").header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        return signedIn.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID=")) ? sessionOf(signedIn) : session;
    }

    private static String sessionOf(HttpResponse<String> response) {
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        return cookie.substring("JSESSIONID=".length(), cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';'));
    }
}
