package org.mxdr.platform.api;

import java.util.Locale;

import org.mxdr.platform.BadInput;

/** Optional query parameters of the list endpoints, refused by name when malformed. */
public final class Query {
    private Query() {
    }

    public static Boolean bool(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadInput(field, "'" + field + "' must be true or false.");
        };
    }

    public static <E extends Enum<E>> E enumValue(String field, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInput(field, "'" + field + "' must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + ".");
        }
    }

    public static String text(String field, String raw) {
        if (raw != null && raw.length() > 200) {
            throw new BadInput(field, "'" + field + "' has at most 200 characters.");
        }
        return raw;
    }
}
