package org.mxdr.onboarding.entity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** ISO 3166-1 alpha-2 countries with their English names, for forms and for checking input. */
public final class Countries {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    public record Country(String code, String name) {
    }

    private Countries() {
    }

    /** Accepts a two-letter code or an English country name, in any case. */
    public static Optional<String> code(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String value = codeOrName.trim();
        if (value.length() == 2 && CODES.contains(value.toUpperCase(Locale.ROOT))) {
            return Optional.of(value.toUpperCase(Locale.ROOT));
        }
        return CODES.stream().filter(c -> name(c).equalsIgnoreCase(value)).findFirst();
    }

    public static String name(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    public static List<Country> all() {
        return Arrays.stream(Locale.getISOCountries()).map(c -> new Country(c, name(c)))
                .sorted(Comparator.comparing(Country::name)).toList();
    }
}
