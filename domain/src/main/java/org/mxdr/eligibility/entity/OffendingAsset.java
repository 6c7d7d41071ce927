package org.mxdr.eligibility.entity;

/** A user or device that fails a prerequisite, as the paged offending list shows it. */
public record OffendingAsset(String externalId, String name, String detail) {
}
