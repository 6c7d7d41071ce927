package org.mxdr.eligibility.entity;

import java.util.HashSet;
import java.util.Set;

/** Field checks shared by the three kinds of inventory item. */
final class Items {
    static final int ID_MAX = 128;
    static final int NAME_MAX = 200;

    private Items() {
    }

    /** Reports a missing, too long or multi-line text; returns whether it is fine. */
    static boolean text(Problems p, String part, int i, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                p.add(part, i, field, "is required");
            }
            return !required;
        }
        if (value.length() > max) {
            p.add(part, i, field, "has more than " + max + " characters");
            return false;
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            p.add(part, i, field, "contains control characters");
            return false;
        }
        return true;
    }

    static void required(Problems p, String part, int i, String field, Object value) {
        if (value == null) {
            p.add(part, i, field, "is required");
        }
    }

    /** External ids are unique within one import, so an item is never held twice. */
    static void uniqueId(Problems p, String part, int i, String externalId, Set<String> seen) {
        if (text(p, part, i, "externalId", externalId, ID_MAX, true) && !seen.add(externalId.strip())) {
            p.add(part, i, "externalId", "'" + externalId.strip() + "' appears more than once");
        }
    }

    static Set<String> seen() {
        return new HashSet<>();
    }
}
