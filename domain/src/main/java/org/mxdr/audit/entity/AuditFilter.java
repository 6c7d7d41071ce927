package org.mxdr.audit.entity;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mxdr.platform.BadInput;

/**
 * Which records a reader wants: whose trail ({@code scope}: a tenant id, {@link AuditChain#PROVIDER}
 * for the provider-wide records, null for every record), who (part of the actor's name, any case),
 * what (an action, or a family such as {@code permissions}), and from (inclusive) to (exclusive).
 */
public record AuditFilter(String scope, String actor, String action, Instant from, Instant to) {
    public static final int MAX_TEXT = 64;
    /** The families of actions a reader picks from ("what"), in words. */
    public static final Map<String, String> FAMILIES = families();

    public static AuditFilter of(String scope) {
        return new AuditFilter(scope, null, null, null, null);
    }

    /**
     * Reads the filter as typed; a date means that whole day (UTC), a time is taken as it is.
     * Refuses what it cannot read, naming the field.
     */
    public static AuditFilter parse(String scope, String actor, String action, String from, String to) {
        Instant start = instant("from", from, false);
        Instant end = instant("to", to, true);
        if (start != null && end != null && !end.isAfter(start)) {
            throw new BadInput("to", "'to' must come after 'from'.");
        }
        return new AuditFilter(scope, text("actor", actor), text("action", action), start, end);
    }

    private static Map<String, String> families() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("permissions", "Access and permissions");
        f.put("expert", "Experts entering");
        f.put("exclusions", "Exclusions");
        f.put("contact", "Contacts");
        f.put("subscription", "Subscriptions");
        f.put("incident", "Incidents");
        f.put("action", "Response actions");
        f.put("card", "Action cards");
        f.put("user", "Users");
        f.put("tenant", "The tenant");
        f.put("welcome", "Welcome links");
        return Collections.unmodifiableMap(f);
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > MAX_TEXT) {
            throw new BadInput(field, "'" + field + "' has at most " + MAX_TEXT + " characters.");
        }
        return value.strip();
    }

    private static Instant instant(String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(v);
        } catch (DateTimeException e) {
            throw new BadInput(field, "'" + field + "' must be a date such as 2026-11-30 or a time such as 2026-11-30T08:00:00Z.");
        }
    }
}
