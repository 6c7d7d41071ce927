package org.mxdr.response.entity;

/** How bad an incident is, as the detection platform rates it; declared most severe first (the queue sorts on that order). */
public enum Severity {
    HIGH("High"), MEDIUM("Medium"), LOW("Low"), INFORMATIONAL("Informational");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word people read on the console. */
    public String label() {
        return label;
    }
}
