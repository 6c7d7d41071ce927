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
}
