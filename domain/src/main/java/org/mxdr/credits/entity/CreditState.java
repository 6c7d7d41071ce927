package org.mxdr.credits.entity;

/** Where a credit stands on a given day. */
public enum CreditState {
    AVAILABLE, USED, EXPIRED
}
