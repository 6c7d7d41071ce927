package org.mxdr.platform.api;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.PageRequest;

/** Reads page and size query parameters, refusing non-numbers and out-of-range values by name. */
public final class Paging {
    private Paging() {
    }

    /** The page asked for by the {@code page} (from 0) and {@code size} query parameters. */
    public static PageRequest page(String page, String size) {
        int p = number("page", page, 0, PageRequest.LAST_PAGE);
        return new PageRequest(p, number("size", size, 1, PageRequest.MAX_PAGE));
    }

    /**
     * Whether a list that can grow large pages by cursor: unless the client asks for a page
     * number, which still works for the clients written before cursors. Both at once are refused.
     */
    public static boolean byCursor(String cursor, String page) {
        if (page == null) {
            return true;
        }
        if (cursor != null) {
            throw new BadInput("cursor", "Page either by cursor or by page number, not both.");
        }
        return false;
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
