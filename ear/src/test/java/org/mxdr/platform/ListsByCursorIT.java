package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.audit.boundary.AuditService;
import org.mxdr.audit.entity.AuditFilter;
import org.mxdr.audit.entity.AuditRecord;
import org.mxdr.eligibility.boundary.DeviceFilter;
import org.mxdr.eligibility.boundary.InventoryService;
import org.mxdr.eligibility.entity.Device;
import org.mxdr.eligibility.entity.InventoryUser;
import org.mxdr.testing.Api;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.OncePerClass;
import org.mxdr.testing.Statements;
import org.mxdr.testing.TestClock;

/**
 * The lists that grow past 10,000 rows (devices, the inventory's users, the audit trail) page by
 * cursor in the order of their index: every row once across the pages, ties on the sort key
 * included, and the same number of SQL statements for a page of 1 row as for one of 100.
 * The order they are walked in is the database's own (its collation), read in one large page.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(OncePerClass.class)
class ListsByCursorIT {
    private static final String PW = Fixtures.PASSWORD;
    private static final DeviceFilter ALL_DEVICES = new DeviceFilter(null, null, null, null);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ListsByCursorIT.class, TiedRows.class, Statements.class);
    }

    @Inject
    InventoryService inventory;

    @Inject
    AuditService audit;

    @PersistenceUnit(unitName = "mxdr")
    EntityManagerFactory emf;

    TiedRows world;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void everyRowOnceAcrossThePagesInTheListsOrder() throws Exception {
        List<String> devices = As.user(world.tenant.admin(), PW, () -> ids(inventory.devices(world.tenant.id(), ALL_DEVICES, null, 100).items(),
                Device::getExternalId));
        assertEquals(9, devices.size(), devices.toString());
        for (int size : new int[] {1, 2, 4}) {
            assertEquals(devices, walk(cursor -> inventory.devices(world.tenant.id(), ALL_DEVICES, cursor, size), Device::getExternalId), "devices by " + size);
        }
        DeviceFilter alphas = new DeviceFilter("alpha", null, null, null);
        List<String> filtered = walk(cursor -> inventory.devices(world.tenant.id(), alphas, cursor, 1), Device::getExternalId);
        assertEquals(4, filtered.size(), "the filter holds on every page: " + filtered);

        List<String> users = As.user(world.tenant.admin(), PW, () -> ids(inventory.users(world.tenant.id(), null, null, 100).items(),
                InventoryUser::getExternalId));
        assertEquals(9, users.size());
        assertEquals(users, walk(cursor -> inventory.users(world.tenant.id(), null, cursor, 2), InventoryUser::getExternalId));

        AuditFilter trail = AuditFilter.of(world.tenant.id());
        List<String> records = As.user(world.tenant.admin(), PW, () -> ids(audit.trail(trail, null, 100).items(), AuditRecord::getId));
        assertTrue(records.size() >= 5, "created, inventory, subscription, users: " + records.size());
        assertEquals(records, walk(cursor -> audit.trail(trail, cursor, 1), AuditRecord::getId), "one record a page: no tie lost");
        List<String> byNumber = As.user(world.tenant.admin(), PW, () -> ids(audit.page(trail, 0, 100), AuditRecord::getId));
        assertEquals(byNumber, records, "paging by number lists the same records in the same order");
    }

    @Test
    void aPageTakesTheSameStatementsWhateverItsSize() throws Exception {
        assertSameStatements("devices", cursor -> inventory.devices(world.tenant.id(), ALL_DEVICES, cursor, 1),
                cursor -> inventory.devices(world.tenant.id(), ALL_DEVICES, cursor, 100));
        assertSameStatements("users", cursor -> inventory.users(world.tenant.id(), null, cursor, 1),
                cursor -> inventory.users(world.tenant.id(), null, cursor, 100));
        AuditFilter trail = AuditFilter.of(world.tenant.id());
        assertSameStatements("audit", cursor -> audit.trail(trail, cursor, 1), cursor -> audit.trail(trail, cursor, 100));
    }

    @Test
    void theApiAnswersNextCursorWithoutATotalAndRefusesABadCursorByName() {
        for (String list : List.of("devices", "users", "audit")) {
            String path = "/tenants/" + world.tenant.id() + "/" + list;
            JsonObject first = Api.get(path + "?size=2", world.tenant.admin(), PW).json();
            assertEquals(2, first.getJsonArray("items").size(), list + ": " + first);
            assertFalse(first.containsKey("total") && !first.isNull("total"), list + " is not counted: " + first);
            JsonObject second = Api.get(path + "?size=2&cursor=" + first.getString("nextCursor"), world.tenant.admin(), PW).json();
            JsonObject byNumber = Api.get(path + "?size=2&page=1", world.tenant.admin(), PW).json();
            assertEquals(byNumber.getJsonArray("items"), second.getJsonArray("items"), list + ": the cursor's page is page 1");
            assertTrue(byNumber.getJsonNumber("total").longValue() >= 5, list + " by number counts: " + byNumber);
            for (String bad : List.of("cursor=not-a-cursor", "cursor=" + first.getString("nextCursor") + "&page=1")) {
                Api.Reply refused = Api.get(path + "?" + bad, world.tenant.admin(), PW);
                assertEquals(400, refused.status(), list + ": " + refused.body());
                assertEquals("cursor", refused.json().getString("field"), refused.body());
            }
        }
    }

    private interface Page<T> {
        CursorPage<T> after(String cursor) throws Exception;
    }

    private <T> List<String> walk(Page<T> page, Function<T, String> id) throws Exception {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            String from = cursor;
            CursorPage<T> found = As.user(world.tenant.admin(), PW, () -> page.after(from));
            seen.addAll(ids(found.items(), id));
            cursor = found.nextCursor();
            assertTrue(seen.size() <= 200, "the walk ends");
        } while (cursor != null);
        return seen;
    }

    private static <T> List<String> ids(List<T> rows, Function<T, String> id) {
        return rows.stream().map(id).toList();
    }

    private <T> void assertSameStatements(String list, Page<T> one, Page<T> hundred) throws Exception {
        // signed in once, outside the count: only the boundary's own statements are counted
        String cursor = As.user(world.tenant.admin(), PW, () -> one.after(null).nextCursor());
        long first = As.user(world.tenant.admin(), PW, () -> Statements.fewest(emf, () -> one.after(null)));
        long large = As.user(world.tenant.admin(), PW, () -> Statements.fewest(emf, () -> hundred.after(null)));
        long next = As.user(world.tenant.admin(), PW, () -> Statements.fewest(emf, () -> hundred.after(cursor)));
        assertTrue(first <= 4, list + ": " + first);
        Statements.assertSameWork(first, large, list + ": 1 row and 100 rows");
        Statements.assertSameWork(first, next, list + ": the first page and the next");
        assertNull(As.user(world.tenant.admin(), PW, () -> hundred.after(null)).nextCursor(), list + ": a page that holds the rest says no more follow");
    }
}
