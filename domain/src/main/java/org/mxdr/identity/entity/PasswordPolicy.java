package org.mxdr.identity.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.mxdr.platform.BadInput;

/**
 * Password rules after OWASP ASVS 2.1: long enough, not absurdly long, no composition rules,
 * not a well-known password and not the username. Violations name the field "password".
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    public static final String DESCRIPTION = "At least " + MIN_LENGTH + " and at most " + MAX_LENGTH
            + " characters; not a commonly used password; must not contain the username. Spaces and passphrases are welcome.";

    /** The demo's published password: refused outside the demo. */
    public static final String DEMO_PASSWORD = "mxdr-demo-2026!";
    /**
     * The 100,000 most common passwords of nbvcxz (me.gosimple:nbvcxz, MIT; its
     * dictionaries/passwords.txt, passwords seen in breaches, most frequent first), plus our own
     * list of long ones.
     */
    static final String BREACHED = "/dictionaries/passwords.txt";
    private static final Set<String> COMMON = loadCommonPasswords();
    /** What people append to a common word to pass composition rules: digits and symbols. */
    private static final java.util.regex.Pattern TAIL = java.util.regex.Pattern.compile("[0-9!@#$%^&*?.,;:_+=~\\-]+$");

    private PasswordPolicy() {
    }

    public static void check(String username, String password) {
        if (password == null || password.isEmpty()) {
            throw new BadInput("password", "A password is required. " + DESCRIPTION);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new BadInput("password", "The password must have at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            throw new BadInput("password", "The password must have at most " + MAX_LENGTH + " characters.");
        }
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new BadInput("password", "The password must not contain control characters.");
            }
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            throw new BadInput("password", "This password is too common; choose another one.");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new BadInput("password", "The password must not contain the username.");
        }
    }

    /** Refuses a new password whose confirmation differs: the pages that set one ask for it twice. */
    public static void checkConfirmed(String password, String confirm) {
        if (!Objects.equals(password, confirm)) {
            throw new BadInput("confirm", "The two passwords differ; type the same password twice.");
        }
    }

    /** Refuses the demo's published password; the caller knows whether this is the demo. */
    public static void refuseDemoPassword(String password) {
        if (DEMO_PASSWORD.equals(password)) {
            throw new BadInput("password", "This is the demo's published password; choose another one.");
        }
    }

    /** A common password as it is, or with digits and symbols appended, or in leetspeak ("P@ssw0rd2026"). */
    static boolean isCommon(String lower) {
        if (COMMON.contains(lower)) {
            return true;
        }
        String base = TAIL.matcher(lower).replaceFirst("");
        if (base.length() < 4) {
            return false;
        }
        return COMMON.contains(base) || COMMON.contains(unleet(base)) || COMMON.contains(unleet(lower));
    }

    private static String unleet(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(switch (c) {
                case '@', '4' -> 'a';
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '$', '5' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return b.toString();
    }

    static int commonCount() {
        return COMMON.size();
    }

    private static Set<String> loadCommonPasswords() {
        Set<String> common = new java.util.HashSet<>(read(PasswordPolicy.class.getResourceAsStream("common-passwords.txt"), "common-passwords.txt"));
        common.addAll(read(PasswordPolicy.class.getResourceAsStream(BREACHED), BREACHED + " of nbvcxz"));
        return Set.copyOf(common);
    }

    private static Set<String> read(InputStream in, String what) {
        if (in == null) {
            throw new IllegalStateException(what + " missing from the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
