package org.mxdr.eligibility.entity;

/** Whether a catalog product is needed to subscribe (a prerequisite's) or only adds coverage. */
public enum Requirement {
    REQUIRED,
    OPTIONAL
}
