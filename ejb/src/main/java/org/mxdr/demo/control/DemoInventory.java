package org.mxdr.demo.control;

import java.util.ArrayList;
import java.util.List;

import org.mxdr.eligibility.entity.AvMode;
import org.mxdr.eligibility.entity.DeviceItem;
import org.mxdr.eligibility.entity.Inventory;
import org.mxdr.eligibility.entity.LicenseItem;
import org.mxdr.eligibility.entity.UserItem;

/**
 * The demo tenants' inventories: Contoso meets every prerequisite, Fabrikam does not (passive
 * antivirus, devices not onboarded, users without Entra ID P1), so the demo shows both outcomes.
 * Most devices and every user belong to a group, so exclusions and the all-devices switch show.
 */
final class DemoInventory {
    private static final String[] GROUPS = {"Finance", "Engineering", "Sales", "Servers"};
    private static final String[] USER_GROUPS = {"Executives", "IT", "Staff"};

    private DemoInventory() {
    }

    static Inventory contoso() {
        return build(240, 180, 0, 0, 0);
    }

    static Inventory fabrikam() {
        return build(120, 90, 7, 5, 12);
    }

    private static Inventory build(int deviceCount, int userCount, int notOnboarded, int passive, int withoutP1) {
        List<LicenseItem> licenses = List.of(new LicenseItem("DEFENDER_FOR_ENDPOINT_P2", deviceCount),
                new LicenseItem("DEFENDER_ANTIVIRUS", deviceCount), new LicenseItem("AZURE_AD_PREMIUM_P1", userCount),
                new LicenseItem("DEFENDER_FOR_OFFICE_365_P2", userCount));
        List<DeviceItem> devices = new ArrayList<>();
        for (int i = 1; i <= deviceCount; i++) {
            boolean eligible = i % 40 != 0;
            boolean onboarded = !eligible || i > notOnboarded;
            AvMode mode = onboarded && i > notOnboarded && i <= notOnboarded + passive ? AvMode.PASSIVE : AvMode.ACTIVE;
            devices.add(new DeviceItem(String.format("dev-%04d", i), String.format("WS-%04d", i), i % 10 == 0 ? "Windows Server 2022" : "Windows 11",
                    eligible, onboarded, mode, i % 5 == 0 ? null : GROUPS[i % GROUPS.length]));
        }
        List<UserItem> users = new ArrayList<>();
        for (int i = 1; i <= userCount; i++) {
            List<String> assigned = i <= withoutP1 ? List.of("DEFENDER_FOR_OFFICE_365_P2")
                    : List.of("AZURE_AD_PREMIUM_P1", "DEFENDER_FOR_OFFICE_365_P2");
            users.add(new UserItem(String.format("user-%04d", i), "Demo User " + i, assigned, USER_GROUPS[i % USER_GROUPS.length]));
        }
        return new Inventory(licenses, users, devices);
    }
}
