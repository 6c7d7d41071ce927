package org.mxdr.response.entity;

/** The experts' verdict on an incident. */
public enum Classification {
    TRUE_POSITIVE("True positive"),
    FALSE_POSITIVE("False positive"),
    INFORMATIONAL_EXPECTED("Informational, expected activity");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this verdict resolves the incident at once (nothing to respond to); only a true positive does not. */
    public boolean resolvesAtOnce() {
        return this != TRUE_POSITIVE;
    }
}
