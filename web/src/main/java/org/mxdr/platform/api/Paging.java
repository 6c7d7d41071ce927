package org.mxdr.platform.api;

import org.mxdr.platform.BadInput;

/** Reads page and size query parameters, refusing non-numbers and out-of-range values by name. */
public final class Paging {
    private Paging() {
    }

    public static int number(String field, String raw, int min, int max) {
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw new BadInput(field, "'" + field + "' must be between " + min + " and " + max + ".");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadInput(field, "'" + field + "' must be a whole number.");
        }
    }
}
