package org.mxdr.audit.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An audit record in words a person reads, rendered from the stored before and after states
 * ({@code key=value; key=value}, as the entities' {@code describe()} write them), which stay as they
 * are: the one place that turns {@code respondDirectly=false} into "respond directly turned off".
 */
public final class AuditSentence {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private AuditSentence() {
    }

    public static String of(String action, String before, String after) {
        Map<String, String> was = AuditWords.fields(before);
        Map<String, String> now = AuditWords.fields(after);
        String headline = AuditWords.headline(action);
        List<String> parts = new ArrayList<>();
        if (!was.isEmpty() && !now.isEmpty()) {
            now.forEach((key, value) -> {
                String old = was.get(key);
                if (!Objects.equals(old, value)) {
                    parts.add(change(key, old, value));
                }
            });
            was.keySet().stream().filter(k -> !now.containsKey(k)).forEach(k -> parts.add(AuditWords.label(k) + " " + value(k, was.get(k)) + " removed"));
            return headline + (parts.isEmpty() ? ": no change" : ": " + String.join("; ", parts));
        }
        Map<String, String> state = now.isEmpty() ? was : now;
        state.forEach((key, value) -> parts.add(key.isEmpty() ? value : AuditWords.label(key) + " " + value(key, value)));
        return parts.isEmpty() ? headline : headline + ": " + String.join(", ", parts);
    }

    /** A record's time for people: day, minutes, UTC. */
    public static String when(Instant at) {
        return MINUTE.format(at);
    }

    private static String change(String key, String old, String value) {
        String label = AuditWords.label(key);
        if (old == null) {
            return label + " " + value(key, value);
        }
        if (isBoolean(old) && isBoolean(value)) {
            return label + (Boolean.parseBoolean(value) ? " turned on" : " turned off");
        }
        String verb = instant(value) != null || instant(old) != null ? " moved from " : " changed from ";
        return label + verb + value(key, old) + " to " + value(key, value);
    }

    /** A value in words: booleans as on/off, instants and dates as days, sets as lists. */
    static String value(String key, String raw) {
        if (raw == null || raw.equals("null")) {
            return "none";
        }
        if (isBoolean(raw)) {
            return Boolean.parseBoolean(raw) ? "on" : "off";
        }
        Instant at = instant(raw);
        if (at != null) {
            return at.atOffset(ZoneOffset.UTC).toLocalTime().equals(LocalTime.MIDNIGHT) ? DAY.format(at) : MINUTE.format(at);
        }
        if (raw.startsWith("[") && raw.endsWith("]")) {
            return raw.length() == 2 ? "none" : raw.substring(1, raw.length() - 1);
        }
        int range = raw.indexOf("..");
        if (range > 0 && date(raw.substring(0, range)) != null && date(raw.substring(range + 2)) != null) {
            return DAY.format(date(raw.substring(0, range))) + " to " + DAY.format(date(raw.substring(range + 2)));
        }
        return raw;
    }

    private static boolean isBoolean(String s) {
        return "true".equals(s) || "false".equals(s);
    }

    private static Instant instant(String s) {
        try {
            return s != null && s.length() > 10 && s.charAt(4) == '-' ? Instant.parse(s) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant date(String s) {
        try {
            return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
