package org.mxdr.servicelevels.entity;

/** The three targets of an incident: an expert takes it, classifies it, resolves it. */
public enum ClockKind {
    ACKNOWLEDGE("Acknowledge"), CLASSIFY("Classify"), RESOLVE("Resolve");

    private final String label;

    ClockKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The JSON field of the kind: acknowledge, classify, resolve. */
    public String field() {
        return name().toLowerCase();
    }
}
