package org.mxdr.eligibility.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mxdr.eligibility.entity.AvMode;
import org.mxdr.eligibility.entity.DeviceItem;
import org.mxdr.eligibility.entity.Inventory;
import org.mxdr.eligibility.entity.InventoryPart;
import org.mxdr.eligibility.entity.Problem;
import org.mxdr.eligibility.entity.Problems;
import org.mxdr.eligibility.entity.UserItem;
import org.mxdr.platform.BadInput;

/** CSV files as people export them from spreadsheets: quoted commas, a BOM, any column order, bad rows. */
class InventoryCsvTest {
    static final Set<String> CATALOG = Set.of("DEFENDER_FOR_ENDPOINT_P2", "AZURE_AD_PREMIUM_P1", "DEFENDER_FOR_IDENTITY");

    private static Inventory read(InventoryPart part, String csv, Problems problems) {
        return new InventoryCsv(part, problems).read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theExamplesOnThePageAreValid() {
        for (InventoryPart part : InventoryPart.values()) {
            Problems p = Problems.inCsv();
            read(part, part.example(), p).check(CATALOG, p);
            assertTrue(p.isEmpty(), part + ": " + p.all());
        }
    }

    @Test
    void devicesWithQuotesBomAndAnyColumnOrder() {
        Problems p = Problems.inCsv();
        Inventory inv = read(InventoryPart.DEVICES, "\uFEFFavMode,externalId,Name,os,eligible,onboarded,deviceGroup\r\n"
                + "passive,d-1,\"LAPTOP, Ada\",Windows 11,yes,0,\"Finance \"\"EU\"\"\"\r\n"
                + "\r\n"
                + "ACTIVE,d-2,SRV-1,Ubuntu 24.04,TRUE,true,\r\n", p);
        assertTrue(p.isEmpty(), p.all().toString());
        assertEquals(List.of(new DeviceItem("d-1", "LAPTOP, Ada", "Windows 11", true, false, AvMode.PASSIVE, "Finance \"EU\""),
                new DeviceItem("d-2", "SRV-1", "Ubuntu 24.04", true, true, AvMode.ACTIVE, null)), inv.devices());
        assertNull(inv.users(), "a devices file leaves the users as they are");
        assertNull(inv.licenses());
    }

    @Test
    void usersWithTheirLicencesInOneColumn() {
        Problems p = Problems.inCsv();
        Inventory inv = read(InventoryPart.USERS, "externalId,name,licenses\nu1,Ada,\"azure_ad_premium_p1; DEFENDER_FOR_IDENTITY\"\nu2,Alan,\n", p);
        assertEquals(List.of(new UserItem("u1", "Ada", List.of("AZURE_AD_PREMIUM_P1", "DEFENDER_FOR_IDENTITY")), new UserItem("u2", "Alan", List.of())),
                inv.users());
    }

    @Test
    void everyBadRowIsNamedWithItsRowAndColumn() {
        Problems p = Problems.inCsv();
        read(InventoryPart.DEVICES, "externalId,name,os,eligible,onboarded,avMode,deviceGroup\n"
                + "d1,PC1,Windows,true,true,ACTIVE,\n"
                + "d2,PC2,Windows,maybe,true,SLEEPING,\n"
                + "d3,,Windows,true,true,ACTIVE,\n"
                + "d1,PC4,Windows,true,true,ACTIVE,\n", p).check(CATALOG, p);
        assertEquals(List.of(new Problem(3, "eligible", "'maybe' is not true or false"),
                new Problem(3, "avMode", "'SLEEPING' is not one of ACTIVE, PASSIVE, DISABLED"),
                new Problem(4, "name", "is required"),
                new Problem(5, "externalId", "'d1' appears more than once")), p.all());
    }

    @Test
    void licencesNeedKnownProductsAndWholeSeats() {
        Problems p = Problems.inCsv();
        read(InventoryPart.LICENSES, "product,seats\nAZURE_AD_PREMIUM_P1,ten\nOTHER,5\nDEFENDER_FOR_ENDPOINT_P2,\n", p).check(CATALOG, p);
        assertEquals(List.of(new Problem(2, "seats", "'ten' is not a whole number"), new Problem(3, "product", "'OTHER' is not a product of the catalog"),
                new Problem(4, "seats", "is required")), p.all());
    }

    @Test
    void aMissingColumnIsNamedOnTheHeaderRow() {
        Problems p = Problems.inCsv();
        read(InventoryPart.DEVICES, "externalId,name,os\nd1,PC,Windows\n", p);
        assertEquals(1, p.all().size());
        assertEquals(1, p.all().get(0).row());
        assertTrue(p.all().get(0).reason().contains("missing: eligible, onboarded, avMode, deviceGroup"), p.all().toString());
    }

    @Test
    void brokenCsvIsRefusedAsBadInput() {
        BadInput bad = assertThrows(BadInput.class, () -> read(InventoryPart.USERS, "externalId,name,licenses\nu1,\"Ada,\n", Problems.inCsv()));
        assertEquals("file", bad.field());
    }
}
