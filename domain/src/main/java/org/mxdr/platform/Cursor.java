package org.mxdr.platform;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a list stopped: the sort key and id of its last row, in the order of the list's index
 * (a time for lists newest first, a name for lists by name). The next page starts strictly after
 * it, so rows are neither repeated nor skipped and no page costs more than the first. Opaque to
 * clients: URL-safe Base64 of the key and of the id, joined by a dot.
 */
public record Cursor(String key, String id) {
    private static final String FIELD = "cursor";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    public Cursor(Instant at, String id) {
        this(at.toString(), id);
    }

    /** The key of a list newest first; a cursor of another list is refused as bad input. */
    public Instant at() {
        try {
            return Instant.parse(key);
        } catch (DateTimeParseException e) {
            throw refused();
        }
    }

    /**
     * The JPQL condition "strictly after the cursor" in a list ordered by {@code key}, then by
     * {@code id} on ties; the caller binds {@code :keyParam} and {@code :idParam}. The key's own
     * bound comes first, so the database seeks its index to the cursor: the OR alone is no index
     * condition, and a database without statistics then read and dropped every row before it
     * (20,000 on page 1,000 of the incident queue: 12 ms, against 0.1 ms with the bound).
     */
    public static String condition(String key, boolean keyDescending, String id, boolean idDescending, String keyParam, String idParam) {
        String k = ":" + keyParam;
        return " AND " + key + (keyDescending ? " <= " : " >= ") + k + " AND (" + key + (keyDescending ? " < " : " > ") + k
                + " OR (" + key + " = " + k + " AND " + id + (idDescending ? " < :" : " > :") + idParam + "))";
    }

    public String encode() {
        return part(key) + "." + part(id);
    }

    /** The cursor a client sent back; null when none was sent (the first page). */
    public static Cursor decode(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String[] parts = raw.strip().split("\\.", -1);
        if (parts.length != 2) {
            throw refused();
        }
        try {
            String key = text(parts[0]);
            String id = text(parts[1]);
            if (key.isEmpty() || id.isEmpty()) {
                throw refused();
            }
            return new Cursor(key, id);
        } catch (IllegalArgumentException e) {
            throw refused();
        }
    }

    private static String part(String text) {
        return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static BadInput refused() {
        return new BadInput(FIELD, "The cursor is not one this list answered: pass nextCursor as it came, or none for the first page.");
    }
}
