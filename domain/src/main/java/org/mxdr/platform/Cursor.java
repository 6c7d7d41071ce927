package org.mxdr.platform;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a list newest first stopped: the time and id of its last row, the order of the list's
 * index. The next page starts strictly after it, so rows are neither repeated nor skipped and no
 * page costs more than the first. Opaque to clients (URL-safe Base64 of {@code time|id}).
 */
public record Cursor(Instant at, String id) {
    private static final String FIELD = "cursor";

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back; null when none was sent (the first page). */
    public static Cursor decode(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(raw.strip()), StandardCharsets.UTF_8);
            int bar = text.indexOf('|');
            if (bar < 1 || bar == text.length() - 1) {
                throw new IllegalArgumentException("no time and id");
            }
            return new Cursor(Instant.parse(text.substring(0, bar)), text.substring(bar + 1));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BadInput(FIELD, "The cursor is not one this list answered: pass nextCursor as it came, or none for the first page.");
        }
    }
}
