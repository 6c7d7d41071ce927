package org.mxdr.eligibility.entity;

/** The antivirus mode a device reports; only ACTIVE counts as protected. */
public enum AvMode {
    ACTIVE,
    PASSIVE,
    DISABLED
}
