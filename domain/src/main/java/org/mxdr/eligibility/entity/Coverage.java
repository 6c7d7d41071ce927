package org.mxdr.eligibility.entity;

/** An optional product: covered only where the tenant holds a licence for it with at least one seat. */
public record Coverage(String product, String label, boolean covered) {
}
