package org.mxdr.approvals.entity;

/** Where an approval request stands; only a pending one can be answered. */
public enum ApprovalState {
    PENDING("Awaiting an answer"),
    APPROVED("Approved"),
    DENIED("Denied"),
    TIMED_OUT("Unanswered in time: a guidance card"),
    REFUSED("Approved, but the experts may no longer run it");

    private final String label;

    ApprovalState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
