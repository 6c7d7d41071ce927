package org.mxdr.eligibility.control;

/** A tenant's devices were imported anew: facts derived from them (which device groups incidents touch) are to be renewed. */
public record DevicesReplaced(String tenantId) {
}
