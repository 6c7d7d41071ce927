package org.mxdr.testing;

import java.util.UUID;

/** Names shared by the server's start options (arquillian.xml) and the tests. */
public final class Fixtures {
    /** The first provider admin, created from -Dmxdr.admin.* at server start. */
    public static final String ADMIN = "itadmin";
    public static final String ADMIN_PASSWORD = "it-admin-secret-2026";
    /** Every user a test creates gets this password. */
    public static final String PASSWORD = "correct-staple-battery-9";

    private Fixtures() {
    }

    /** A suffix that keeps names of one test apart from every other test and run. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
