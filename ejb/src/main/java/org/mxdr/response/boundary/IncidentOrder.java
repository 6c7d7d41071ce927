package org.mxdr.response.boundary;

import java.util.Locale;

import org.mxdr.platform.BadInput;

/** The orders of the incident queue, each served by an index so every page by cursor costs the same. */
public enum IncidentOrder {
    NEWEST("Newest first"), OLDEST("Oldest first"), SEVERITY("Most severe first");

    private final String label;

    IncidentOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The order a client named ({@code newest}, {@code oldest}, {@code severity}); newest first when none. */
    public static IncidentOrder parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return NEWEST;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInput(field, "The order is newest, oldest or severity.");
        }
    }
}
