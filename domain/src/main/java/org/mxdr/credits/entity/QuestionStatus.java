package org.mxdr.credits.entity;

/** Whose turn it is in a question's thread. */
public enum QuestionStatus {
    /** Asked, or followed up: the experts are to answer. */
    AWAITING_EXPERTS("Awaiting the experts"),
    /** The experts answered last. */
    ANSWERED("Answered");

    private final String label;

    QuestionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
