package org.mxdr.onboarding.entity;

/** A subscription as seen on a given day. Only TERMINATED is stored; the rest follows from the term. */
public enum SubscriptionStatus {
    /** No subscription at all: the summary of a tenant that never bought the service. */
    NONE,
    /** Transacted, the term has not started yet. */
    SCHEDULED,
    ACTIVE,
    /** The term is over. */
    ENDED,
    TERMINATED
}
