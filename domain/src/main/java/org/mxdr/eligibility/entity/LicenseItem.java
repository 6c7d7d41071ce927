package org.mxdr.eligibility.entity;

import java.util.List;
import java.util.Set;

/** A licence the tenant holds: a catalog product and its number of seats. */
public record LicenseItem(String product, Integer seats) {
    public static final String PART = "licenses";
    public static final int SEATS_MAX = 10_000_000;

    static void check(List<LicenseItem> items, Set<String> catalog, Problems p) {
        Set<String> seen = Items.seen();
        for (int i = 0; i < items.size(); i++) {
            LicenseItem item = items.get(i);
            if (Items.text(p, PART, i, "product", item.product(), 64, true)) {
                String key = item.product().strip();
                if (!catalog.contains(key)) {
                    p.add(PART, i, "product", "'" + key + "' is not a product of the catalog");
                } else if (!seen.add(key)) {
                    p.add(PART, i, "product", "'" + key + "' appears more than once");
                }
            }
            Items.required(p, PART, i, "seats", item.seats());
            if (item.seats() != null && (item.seats() < 0 || item.seats() > SEATS_MAX)) {
                p.add(PART, i, "seats", "must be between 0 and " + SEATS_MAX);
            }
        }
    }
}
