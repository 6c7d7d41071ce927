package org.mxdr.response.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An instant in ISO-8601 exactly as {@link Instant#toString()} writes it (seconds always, a fraction
 * of 3, 6 or 9 digits when there is one, {@code Z}), for the queue page's writer: forty instants a
 * page went through the JDK's general formatter, a fifth of the memory a page's answer allocated.
 * Years outside 0000 to 9999, which the JDK writes with a sign, are left to it.
 */
final class IsoInstant {
    private static final long SECONDS_PER_DAY = 86_400;

    private IsoInstant() {
    }

    static String of(Instant t) {
        long days = Math.floorDiv(t.getEpochSecond(), SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(t.getEpochSecond(), SECONDS_PER_DAY);
        LocalDate date = LocalDate.ofEpochDay(days);
        if (date.getYear() < 0 || date.getYear() > 9999) {
            return t.toString();
        }
        int nano = t.getNano();
        // the fraction as the JDK writes it: milli-, micro- or nanoseconds, whichever says it exactly
        int digits = nano == 0 ? 0 : nano % 1_000_000 == 0 ? 3 : nano % 1_000 == 0 ? 6 : 9;
        int fraction = digits == 3 ? nano / 1_000_000 : digits == 6 ? nano / 1_000 : nano;
        char[] out = new char[20 + (digits == 0 ? 0 : digits + 1)];
        put(out, 0, date.getYear(), 4);
        out[4] = '-';
        put(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        put(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        put(out, 11, secondOfDay / 3600, 2);
        out[13] = ':';
        put(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        put(out, 17, secondOfDay % 60, 2);
        int at = 19;
        if (digits > 0) {
            out[at++] = '.';
            put(out, at, fraction, digits);
            at += digits;
        }
        out[at] = 'Z';
        return new String(out);
    }

    /** Writes value as exactly width decimal digits, zero-padded, at out[from]. */
    private static void put(char[] out, int from, int value, int width) {
        for (int i = from + width - 1; i >= from; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
