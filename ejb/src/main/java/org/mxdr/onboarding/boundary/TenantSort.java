package org.mxdr.onboarding.boundary;

/** The columns the tenant list can be sorted by, each backed by an index. */
public enum TenantSort {
    NAME("t.nameKey"),
    CLOUD("t.cloud"),
    REGION("t.region"),
    CREATED("t.createdAt");

    private final String path;

    TenantSort(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }
}
