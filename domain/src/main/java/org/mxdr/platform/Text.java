package org.mxdr.platform;

/** The checks every context makes of free text it is given, and how a refusal quotes what it was sent. */
public final class Text {
    private static final int QUOTED = 40;

    private Text() {
    }

    /** The value as a refusal quotes it: at most 40 characters, cut with an ellipsis. */
    public static String abbreviate(String value) {
        return abbreviate(value, QUOTED);
    }

    public static String abbreviate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 3) + "...";
    }

    /** The value stripped, or a refusal naming {@code field} with {@code missing} when it is absent or blank. */
    public static String required(String field, String value, String missing) {
        if (value == null || value.isBlank()) {
            throw new BadInput(field, missing);
        }
        return value.strip();
    }
}
