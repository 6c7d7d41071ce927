package org.mxdr.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * Deployment settings: a system property {@code mxdr.some.key} wins over the environment
 * variable {@code MXDR_SOME_KEY}. Nothing secret has a default.
 */
public final class Settings {
    private Settings() {
    }

    public static Optional<String> get(String key) {
        String value = System.getProperty("mxdr." + key);
        if (value == null || value.isBlank()) {
            value = System.getenv("MXDR_" + key.toUpperCase(Locale.ROOT).replace('.', '_'));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public static boolean flag(String key) {
        return get(key).map(Boolean::parseBoolean).orElse(false);
    }

    /** The address people use to reach the console, for links in mail and the start-up banner. */
    public static String publicUrl() {
        String url = get("public.url").orElse("http://localhost:8080/mxdr");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
