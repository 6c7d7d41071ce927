package org.mxdr.onboarding.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The region that holds a tenant's reporting data, chosen once when the tenant is created. */
public enum Region {
    US("United States"),
    EU("European Union"),
    UK("United Kingdom"),
    CH("Switzerland"),
    CA("Canada"),
    AU("Australia"),
    JP("Japan"),
    IN("India");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    private static final Set<String> EU_MEMBERS = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
            "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    /** The region a customer in the country (ISO code) would likely choose; empty when none is obvious. */
    public static Optional<Region> suggestedFor(String countryCode) {
        if (countryCode == null) {
            return Optional.empty();
        }
        String code = countryCode.toUpperCase(Locale.ROOT);
        if (EU_MEMBERS.contains(code)) {
            return Optional.of(EU);
        }
        return Optional.ofNullable(switch (code) {
            case "US" -> US;
            case "GB" -> UK;
            case "CH" -> CH;
            case "CA" -> CA;
            case "AU" -> AU;
            case "JP" -> JP;
            case "IN" -> IN;
            default -> null;
        });
    }
}
