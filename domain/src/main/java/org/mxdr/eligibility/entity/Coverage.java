package org.mxdr.eligibility.entity;

/** Placeholder of the eligibility context's type, replaced at merge by the real one. */
public record Coverage(String product, boolean covered) {
}
