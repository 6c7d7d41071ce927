package org.mxdr.eligibility.entity;

/** What an import stored; a part that was not imported is null. */
public record ImportResult(Integer licenses, Integer users, Integer devices) {
}
