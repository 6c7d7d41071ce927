package org.mxdr.response.entity;

/** How bad an incident is, as the detection platform rates it. */
public enum Severity { HIGH, MEDIUM, LOW, INFORMATIONAL }
