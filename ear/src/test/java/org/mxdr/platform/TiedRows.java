package org.mxdr.platform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.mxdr.eligibility.boundary.InventoryService;
import org.mxdr.eligibility.entity.AvMode;
import org.mxdr.eligibility.entity.DeviceItem;
import org.mxdr.eligibility.entity.Inventory;
import org.mxdr.eligibility.entity.LicenseItem;
import org.mxdr.eligibility.entity.UserItem;
import org.mxdr.testing.As;
import org.mxdr.testing.ClassFixture;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;
import org.mxdr.testing.GrantedTenants.Tenant;
import org.mxdr.testing.TestClock;

/**
 * ListsByCursorIT's tenant, whose lists tie on their sort keys: nine devices and nine inventory
 * users whose names tie or differ only in case, and audit records written in the same instant
 * (three readers made at once).
 */
@Dependent
public class TiedRows implements ClassFixture {
    @Inject
    GrantedTenants grants;

    @Inject
    InventoryService inventory;

    Tenant tenant;

    @Override
    public void make() throws Exception {
        tenant = grants.subscribed("Lists by cursor " + Fixtures.unique());
        // names that tie, and names that differ only in case: the id orders a tie
        List<DeviceItem> devices = new ArrayList<>();
        List<UserItem> users = new ArrayList<>();
        String[] names = {"Alpha", "alpha", "Beta", "Alpha", "Gamma", "Alpha", "beta", "Delta", "Gamma"};
        for (int i = 0; i < names.length; i++) {
            devices.add(new DeviceItem("dev-" + (names.length - i), names[i], "Windows 11", true, true, AvMode.ACTIVE, null));
            users.add(new UserItem("usr-" + (names.length - i), names[i], List.of("AZURE_AD_PREMIUM_P1"), null));
        }
        TestClock.fixAt(Instant.parse("2026-11-20T09:00:00Z"));
        try {
            As.user(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, () -> inventory.replace(tenant.id(), new Inventory(
                    List.of(new LicenseItem("DEFENDER_FOR_ENDPOINT_P2", 10), new LicenseItem("DEFENDER_ANTIVIRUS", 10),
                            new LicenseItem("AZURE_AD_PREMIUM_P1", 10)), users, devices)));
            // several records in the same instant: the trail's tie is ordered by id
            for (int i = 0; i < 3; i++) {
                grants.newUser("lc-" + i + "-" + Fixtures.unique(), Role.TENANT_READER, tenant.id());
            }
        } finally {
            TestClock.reset();
        }
    }
}
