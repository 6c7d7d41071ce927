package org.mxdr.identity.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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

    private static final Set<String> COMMON = loadCommonPasswords();

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
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            throw new BadInput("password", "This password is too common; choose another one.");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new BadInput("password", "The password must not contain the username.");
        }
    }

    private static Set<String> loadCommonPasswords() {
        InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
        if (in == null) {
            throw new IllegalStateException("common-passwords.txt missing from the domain jar");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
