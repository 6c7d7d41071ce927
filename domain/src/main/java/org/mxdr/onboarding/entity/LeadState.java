package org.mxdr.onboarding.entity;

/** Where a commercial executive stands with a lead. */
public enum LeadState {
    NEW("New"),
    CONTACTED("Contacted"),
    WON("Won"),
    LOST("Lost");

    private final String label;

    LeadState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Closed leads can be reopened as contacted, never set back to new. */
    public boolean mayMoveTo(LeadState next) {
        return next != NEW || this == NEW;
    }
}
