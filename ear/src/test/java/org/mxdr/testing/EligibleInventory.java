package org.mxdr.testing;

import java.util.List;

import org.mxdr.eligibility.entity.AvMode;
import org.mxdr.eligibility.entity.DeviceItem;
import org.mxdr.eligibility.entity.Inventory;
import org.mxdr.eligibility.entity.LicenseItem;
import org.mxdr.eligibility.entity.UserItem;

/**
 * The smallest inventory that meets every required prerequisite, for in-container tests of what
 * only an eligible tenant may do. {@link Inventories#eligible()} is the same inventory as JSON.
 */
public final class EligibleInventory {
    private EligibleInventory() {
    }

    public static Inventory minimal() {
        return new Inventory(
                List.of(new LicenseItem("DEFENDER_FOR_ENDPOINT_P2", 10), new LicenseItem("DEFENDER_ANTIVIRUS", 10),
                        new LicenseItem("AZURE_AD_PREMIUM_P1", 10)),
                List.of(new UserItem("u-1", "Eligible User", List.of("AZURE_AD_PREMIUM_P1"))),
                List.of(new DeviceItem("d-1", "HOST-1", "Windows 11", true, true, AvMode.ACTIVE, "Finance")));
    }
}
