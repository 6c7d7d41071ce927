package org.mxdr.platform;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Short references that tie what a person is shown to a line in the server log. */
public final class Refs {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Refs() {
    }

    /** Eight hexadecimal digits. */
    public static String next() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public static boolean looksLikeOne(String s) {
        return s != null && s.matches("[0-9a-f]{8}");
    }
}
