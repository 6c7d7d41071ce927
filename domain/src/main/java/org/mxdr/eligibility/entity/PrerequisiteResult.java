package org.mxdr.eligibility.entity;

/**
 * One prerequisite as evaluated for a tenant.
 *
 * @param key     the rule's key (ENDPOINT_P2, ANTIVIRUS_ACTIVE, IDENTITY_P1, ...)
 * @param met     true when nothing fails and the licence covers the population
 * @param failing how many users or devices fail the rule (they are listed, paged, by the failing query)
 * @param total   the population the rule looks at
 * @param message what a person reads: why it is unmet, or that it is met
 */
public record PrerequisiteResult(String key, boolean met, long failing, long total, String message) {
}
