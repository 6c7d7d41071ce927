package org.mxdr.credits.entity;

/** Who wrote a message of a question's thread. */
public enum Side {
    CUSTOMER, EXPERT
}
