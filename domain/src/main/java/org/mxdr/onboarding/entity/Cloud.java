package org.mxdr.onboarding.entity;

/** Where a tenant's Microsoft 365 lives. The service is offered in the commercial cloud only. */
public enum Cloud {
    COMMERCIAL("Commercial public cloud"),
    GCC("Government Community Cloud"),
    GCC_HIGH("Government Community Cloud High"),
    DOD("Department of Defense cloud");

    private final String label;

    Cloud(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean commercial() {
        return this == COMMERCIAL;
    }
}
