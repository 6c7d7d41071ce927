package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.audit.boundary.AuditService;
import org.mxdr.audit.entity.AuditFilter;
import org.mxdr.audit.entity.AuditRecord;
import org.mxdr.eligibility.boundary.DeviceFilter;
import org.mxdr.eligibility.boundary.InventoryService;
import org.mxdr.eligibility.entity.AvMode;
import org.mxdr.eligibility.entity.Device;
import org.mxdr.eligibility.entity.DeviceItem;
import org.mxdr.eligibility.entity.Inventory;
import org.mxdr.eligibility.entity.InventoryUser;
import org.mxdr.eligibility.entity.LicenseItem;
import org.mxdr.eligibility.entity.UserItem;
import org.mxdr.testing.Api;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;
import org.mxdr.testing.GrantedTenants.Tenant;
import org.mxdr.testing.Statements;
import org.mxdr.testing.TestClock;

/**
 * The lists that grow past 10,000 rows (devices, the inventory's users, the audit trail) page by
 * cursor in the order of their index: every row once across the pages, ties on the sort key
 * included, and the same number of SQL statements for a page of 1 row as for one of 100.
 * The order they are walked in is the database's own (its collation), read in one large page.
 */
@ExtendWith(ArquillianExtension.class)
class ListsByCursorIT {
    private static final String PW = Fixtures.PASSWORD;
    private static final DeviceFilter ALL_DEVICES = new DeviceFilter(null, null, null, null);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ListsByCursorIT.class, Statements.class);
    }

    @Inject
    GrantedTenants grants;

    @Inject
    InventoryService inventory;

    @Inject
    AuditService audit;

    @PersistenceUnit(unitName = "mxdr")
    EntityManagerFactory emf;

    private static Tenant tenant;

    @BeforeEach
    void world() throws Exception {
        if (tenant != null) {
            return;
        }
        Tenant t = grants.subscribed("Lists by cursor " + Fixtures.unique());
        // names that tie, and names that differ only in case: the id orders a tie
        List<DeviceItem> devices = new ArrayList<>();
        List<UserItem> users = new ArrayList<>();
        String[] names = {"Alpha", "alpha", "Beta", "Alpha", "Gamma", "Alpha", "beta", "Delta", "Gamma"};
        for (int i = 0; i < names.length; i++) {
            devices.add(new DeviceItem("dev-" + (names.length - i), names[i], "Windows 11", true, true, AvMode.ACTIVE, null));
            users.add(new UserItem("usr-" + (names.length - i), names[i], List.of("AZURE_AD_PREMIUM_P1"), null));
        }
        TestClock.fixAt(Instant.parse("2026-11-20T09:00:00Z"));
        As.user(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, () -> inventory.replace(t.id(), new Inventory(
                List.of(new LicenseItem("DEFENDER_FOR_ENDPOINT_P2", 10), new LicenseItem("DEFENDER_ANTIVIRUS", 10),
                        new LicenseItem("AZURE_AD_PREMIUM_P1", 10)), users, devices)));
        // several records in the same instant: the trail's tie is ordered by id
        for (int i = 0; i < 3; i++) {
            grants.newUser("lc-" + i + "-" + Fixtures.unique(), Role.TENANT_READER, t.id());
        }
        TestClock.reset();
        tenant = t;
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void everyRowOnceAcrossThePagesInTheListsOrder() throws Exception {
        List<String> devices = As.user(tenant.admin(), PW, () -> ids(inventory.devices(tenant.id(), ALL_DEVICES, null, 100).items(),
                Device::getExternalId));
        assertEquals(9, devices.size(), devices.toString());
        for (int size : new int[] {1, 2, 4}) {
            assertEquals(devices, walk(cursor -> inventory.devices(tenant.id(), ALL_DEVICES, cursor, size), Device::getExternalId), "devices by " + size);
        }
        DeviceFilter alphas = new DeviceFilter("alpha", null, null, null);
        List<String> filtered = walk(cursor -> inventory.devices(tenant.id(), alphas, cursor, 1), Device::getExternalId);
        assertEquals(4, filtered.size(), "the filter holds on every page: " + filtered);

        List<String> users = As.user(tenant.admin(), PW, () -> ids(inventory.users(tenant.id(), null, null, 100).items(),
                InventoryUser::getExternalId));
        assertEquals(9, users.size());
        assertEquals(users, walk(cursor -> inventory.users(tenant.id(), null, cursor, 2), InventoryUser::getExternalId));

        AuditFilter trail = AuditFilter.of(tenant.id());
        List<String> records = As.user(tenant.admin(), PW, () -> ids(audit.trail(trail, null, 100).items(), AuditRecord::getId));
        assertTrue(records.size() >= 5, "created, inventory, subscription, users: " + records.size());
        assertEquals(records, walk(cursor -> audit.trail(trail, cursor, 1), AuditRecord::getId), "one record a page: no tie lost");
        List<String> byNumber = As.user(tenant.admin(), PW, () -> ids(audit.page(trail, 0, 100), AuditRecord::getId));
        assertEquals(byNumber, records, "paging by number lists the same records in the same order");
    }

    @Test
    void aPageTakesTheSameStatementsWhateverItsSize() throws Exception {
        assertSameStatements("devices", cursor -> inventory.devices(tenant.id(), ALL_DEVICES, cursor, 1),
                cursor -> inventory.devices(tenant.id(), ALL_DEVICES, cursor, 100));
        assertSameStatements("users", cursor -> inventory.users(tenant.id(), null, cursor, 1),
                cursor -> inventory.users(tenant.id(), null, cursor, 100));
        AuditFilter trail = AuditFilter.of(tenant.id());
        assertSameStatements("audit", cursor -> audit.trail(trail, cursor, 1), cursor -> audit.trail(trail, cursor, 100));
    }

    @Test
    void theApiAnswersNextCursorWithoutATotalAndRefusesABadCursorByName() {
        for (String list : List.of("devices", "users", "audit")) {
            String path = "/tenants/" + tenant.id() + "/" + list;
            JsonObject first = Api.get(path + "?size=2", tenant.admin(), PW).json();
            assertEquals(2, first.getJsonArray("items").size(), list + ": " + first);
            assertFalse(first.containsKey("total") && !first.isNull("total"), list + " is not counted: " + first);
            JsonObject second = Api.get(path + "?size=2&cursor=" + first.getString("nextCursor"), tenant.admin(), PW).json();
            JsonObject byNumber = Api.get(path + "?size=2&page=1", tenant.admin(), PW).json();
            assertEquals(byNumber.getJsonArray("items"), second.getJsonArray("items"), list + ": the cursor's page is page 1");
            assertTrue(byNumber.getJsonNumber("total").longValue() >= 5, list + " by number counts: " + byNumber);
            for (String bad : List.of("cursor=not-a-cursor", "cursor=" + first.getString("nextCursor") + "&page=1")) {
                Api.Reply refused = Api.get(path + "?" + bad, tenant.admin(), PW);
                assertEquals(400, refused.status(), list + ": " + refused.body());
                assertEquals("cursor", refused.json().getString("field"), refused.body());
            }
        }
    }

    private interface Page<T> {
        CursorPage<T> after(String cursor) throws Exception;
    }

    private static <T> List<String> walk(Page<T> page, Function<T, String> id) throws Exception {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            String from = cursor;
            CursorPage<T> found = As.user(tenant.admin(), PW, () -> page.after(from));
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
        String cursor = As.user(tenant.admin(), PW, () -> one.after(null).nextCursor());
        long first = As.user(tenant.admin(), PW, () -> Statements.fewest(emf, () -> one.after(null)));
        long large = As.user(tenant.admin(), PW, () -> Statements.fewest(emf, () -> hundred.after(null)));
        long next = As.user(tenant.admin(), PW, () -> Statements.fewest(emf, () -> hundred.after(cursor)));
        assertTrue(first <= 4, list + ": " + first);
        Statements.assertSameWork(first, large, list + ": 1 row and 100 rows");
        Statements.assertSameWork(first, next, list + ": the first page and the next");
        assertNull(As.user(tenant.admin(), PW, () -> hundred.after(null)).nextCursor(), list + ": a page that holds the rest says no more follow");
    }
}
