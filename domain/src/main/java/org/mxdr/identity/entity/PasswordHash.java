package org.mxdr.identity.entity;

import java.nio.charset.StandardCharsets;

import at.favre.lib.crypto.bcrypt.BCrypt;

/**
 * bcrypt in the $2a$ form: Elytron's modular-crypt mapper verifies $2a$ and $2y$ but not $2b$.
 * Cost 10 meets ASVS level 2 and keeps HTTP Basic calls, which verify on every request, quick.
 */
public final class PasswordHash {
    public static final int COST = 10;

    private PasswordHash() {
    }

    public static String of(String password) {
        return new String(BCrypt.with(BCrypt.Version.VERSION_2A).hash(COST, password.toCharArray()), StandardCharsets.UTF_8);
    }

    public static boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.toCharArray(), hash.toCharArray()).verified;
    }
}
