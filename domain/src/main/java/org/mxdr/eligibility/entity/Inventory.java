package org.mxdr.eligibility.entity;

import java.util.List;
import java.util.Set;

/**
 * An import: each part present replaces the tenant's whole part (items absent from it are
 * removed); a part left null stays as it is. So a CSV file of devices replaces the devices only.
 */
public record Inventory(List<LicenseItem> licenses, List<UserItem> users, List<DeviceItem> devices) {

    /** Adds every problem to {@code p}; {@code catalog} holds the product keys licences may name. */
    public void check(Set<String> catalog, Problems p) {
        if (licenses != null) {
            LicenseItem.check(licenses, catalog, p);
        }
        if (users != null) {
            UserItem.check(users, catalog, p);
        }
        if (devices != null) {
            DeviceItem.check(devices, p);
        }
    }
}
