package org.mxdr.identity.entity;

import java.nio.charset.StandardCharsets;

import at.favre.lib.crypto.bcrypt.BCrypt;

/**
 * bcrypt in the $2a$ form: Elytron's modular-crypt mapper verifies $2a$ and $2y$ but not $2b$.
 * Cost 10 meets ASVS level 2 and keeps HTTP Basic calls, which verify on every request, quick.
 * {@code MXDR_BCRYPT_COST} (or {@code -Dmxdr.bcrypt.cost}) sets the cost of new hashes: a test
 * server sets the minimum, 4, since its suite signs in thousands of times (as Laravel's test
 * configuration does). Each hash carries its own cost, so changing it never locks anyone out.
 */
public final class PasswordHash {
    public static final int DEFAULT_COST = 10;
    static final int MIN_COST = 4;
    static final int MAX_COST = 16;

    private PasswordHash() {
    }

    public static String of(String password) {
        return new String(BCrypt.with(BCrypt.Version.VERSION_2A).hash(cost(), password.toCharArray()), StandardCharsets.UTF_8);
    }

    public static boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.toCharArray(), hash.toCharArray()).verified;
    }

    /** The cost new hashes get, read at each use so a running server follows a change of the setting. */
    public static int cost() {
        return cost(setting());
    }

    static int cost(String setting) {
        if (setting == null || setting.isBlank()) {
            return DEFAULT_COST;
        }
        try {
            int cost = Integer.parseInt(setting.trim());
            if (cost >= MIN_COST && cost <= MAX_COST) {
                return cost;
            }
        } catch (NumberFormatException e) {
            // refused below, with the rule
        }
        throw new IllegalStateException("MXDR_BCRYPT_COST must be a whole number from " + MIN_COST + " to " + MAX_COST + " (default "
                + DEFAULT_COST + "), not '" + setting + "'.");
    }

    private static String setting() {
        String property = System.getProperty("mxdr.bcrypt.cost");
        return property != null && !property.isBlank() ? property : System.getenv("MXDR_BCRYPT_COST");
    }
}
