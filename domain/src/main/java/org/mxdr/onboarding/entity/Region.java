package org.mxdr.onboarding.entity;

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
}
