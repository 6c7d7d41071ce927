package org.mxdr.eligibility.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** An import is checked as a whole: every bad item is named, by JSON path or by CSV row and column. */
class InventoryCheckTest {
    static final Set<String> CATALOG = Set.of("DEFENDER_FOR_ENDPOINT_P2", "AZURE_AD_PREMIUM_P1");

    static DeviceItem device(String id) {
        return new DeviceItem(id, "PC " + id, "Windows 11", true, true, AvMode.ACTIVE, null);
    }

    @Test
    void aGoodInventoryPasses() {
        Problems p = Problems.inJson();
        new Inventory(List.of(new LicenseItem("AZURE_AD_PREMIUM_P1", 10)), List.of(new UserItem("u1", "Ada", List.of("AZURE_AD_PREMIUM_P1"))),
                List.of(device("d1"), device("d2"))).check(CATALOG, p);
        assertTrue(p.isEmpty(), p.all().toString());
    }

    @Test
    void everyBadItemIsNamedByItsJsonPath() {
        Problems p = Problems.inJson();
        new Inventory(List.of(new LicenseItem("NO_SUCH_PRODUCT", -1)),
                List.of(new UserItem("u1", null, List.of("AZURE_AD_PREMIUM_P1", "UNKNOWN"))),
                List.of(device("d1"), new DeviceItem("d2", "PC", "Windows", true, null, null, null), device("d1")))
                .check(CATALOG, p);
        List<String> fields = p.all().stream().map(Problem::field).toList();
        assertEquals(List.of("licenses[0].product", "licenses[0].seats", "users[0].name", "users[0].licenses",
                "devices[1].onboarded", "devices[1].avMode", "devices[2].externalId"), fields);
        InvalidInventory refused = assertThrows(InvalidInventory.class, p::throwIfAny);
        assertEquals("licenses[0].product", refused.field());
        assertTrue(refused.getMessage().startsWith("Nothing was imported: 7 problems. licenses[0].product: 'NO_SUCH_PRODUCT' is not a product of the catalog"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("devices[2].externalId: 'd1' appears more than once"), refused.getMessage());
    }

    @Test
    void csvProblemsNameTheRowAsASpreadsheetShowsIt() {
        Problems p = Problems.inCsv();
        new Inventory(null, null, List.of(device("d1"), new DeviceItem("d2", "", "Windows", true, true, AvMode.PASSIVE, null))).check(CATALOG, p);
        assertEquals(List.of(new Problem(3, "name", "is required")), p.all());
        assertTrue(assertThrows(InvalidInventory.class, p::throwIfAny).getMessage().contains("row 3, name: is required"));
    }

    @Test
    void theFirstProblemOfAFieldWins() {
        Problems p = Problems.inJson();
        p.add("devices", 4, "avMode", "'X' is not one of ACTIVE, PASSIVE, DISABLED");
        new Inventory(null, null, List.of(device("a"), device("b"), device("c"), device("d"),
                new DeviceItem("e", "PC", "Linux", false, false, null, null))).check(CATALOG, p);
        assertEquals(1, p.all().size());
        assertEquals("'X' is not one of ACTIVE, PASSIVE, DISABLED", p.all().get(0).reason());
    }

    @Test
    void longMessagesListFiftyAndCountTheRest() {
        Problems p = Problems.inCsv();
        for (int i = 0; i < 60; i++) {
            p.add("devices", i, "os", "is required");
        }
        InvalidInventory refused = assertThrows(InvalidInventory.class, p::throwIfAny);
        assertEquals(60, refused.problems().size());
        assertTrue(refused.getMessage().endsWith("; and 10 more."), refused.getMessage());
    }
}
