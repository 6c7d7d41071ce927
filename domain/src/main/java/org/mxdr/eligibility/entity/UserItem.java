package org.mxdr.eligibility.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A user of the tenant's directory with the products licensed to it (product keys, in any case) and
 * the user group it belongs to, if any.
 */
public record UserItem(String externalId, String name, List<String> licenses, String userGroup) {
    public static final String PART = "users";

    public UserItem {
        licenses = licenses == null ? List.of() : licenses.stream().map(l -> l.strip().toUpperCase(Locale.ROOT)).distinct().toList();
        userGroup = userGroup == null || userGroup.isBlank() ? null : userGroup.strip();
    }

    public UserItem(String externalId, String name, List<String> licenses) {
        this(externalId, name, licenses, null);
    }

    static void check(List<UserItem> items, Set<String> catalog, Problems p) {
        Set<String> seen = Items.seen();
        for (int i = 0; i < items.size(); i++) {
            UserItem item = items.get(i);
            Items.uniqueId(p, PART, i, item.externalId(), seen);
            Items.text(p, PART, i, "name", item.name(), Items.NAME_MAX, true);
            Items.text(p, PART, i, "userGroup", item.userGroup(), Items.NAME_MAX, false);
            for (String product : item.licenses()) {
                if (!catalog.contains(product)) {
                    p.add(PART, i, "licenses", "'" + product + "' is not a product of the catalog");
                }
            }
        }
    }

    /** The licences as stored for display, in one column. */
    public String licenseList() {
        return String.join(" ", licenses);
    }
}
