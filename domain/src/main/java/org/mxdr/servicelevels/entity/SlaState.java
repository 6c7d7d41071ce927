package org.mxdr.servicelevels.entity;

/** Where a clock, or an incident's clocks together, stand against their targets. */
public enum SlaState {
    ON_TRACK("On track"), AT_RISK("At risk"), BREACHED("Breached"), PAUSED("Paused"), MET("Met");

    private final String label;

    SlaState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
