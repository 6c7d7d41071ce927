package org.mxdr.platform;

import java.time.DateTimeException;
import java.time.ZoneId;

/** Time zones people type or choose: an IANA name such as Europe/London, or UTC. */
public final class TimeZones {
    private TimeZones() {
    }

    /** The zone the text names, refused naming the field when it names none. */
    public static ZoneId zone(String field, String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException | NullPointerException e) {
            throw new BadInput(field, "'" + Text.abbreviate(String.valueOf(text)) + "' is not a time zone: use a name like Europe/London or UTC.");
        }
    }
}
