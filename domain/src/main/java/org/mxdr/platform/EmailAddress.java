package org.mxdr.platform;

import java.util.Locale;
import java.util.regex.Pattern;

/** One rule for what an email address is, used by every context that stores one. */
public final class EmailAddress {
    /** Local part, an at sign, and a domain with at least one dot; no spaces or angle brackets. */
    public static final String PATTERN = "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$";
    public static final int MAX_LENGTH = 254;
    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private EmailAddress() {
    }

    /** Returns the address trimmed and lower-cased, or refuses it naming {@code field}. */
    public static String normalise(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadInput(field, "An email address is required.");
        }
        String trimmed = value.trim();
        if (trimmed.length() > MAX_LENGTH || !COMPILED.matcher(trimmed).matches()) {
            throw new BadInput(field, "'" + Text.abbreviate(trimmed, 60) + "' is not a valid email address.");
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }
}
