package org.mxdr.access.entity;

/** The settings wizard's pages, in order. */
public enum WizardStep {
    PERMISSIONS("Permissions"),
    EXCLUSIONS("Exclusions"),
    CONTACTS("Contacts"),
    REVIEW("Review and submit");

    private final String label;

    WizardStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public WizardStep next() {
        return this == REVIEW ? REVIEW : values()[ordinal() + 1];
    }

    public WizardStep previous() {
        return this == PERMISSIONS ? PERMISSIONS : values()[ordinal() - 1];
    }
}
