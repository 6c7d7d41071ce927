package org.mxdr.access.entity;

/** What an expert asks to do inside a tenant. Only running a response action needs the Operator level. */
public enum Operation {
    READ_INCIDENTS,
    INVESTIGATE,
    CHAT,
    RECOMMEND,
    RUN_ACTION;

    public boolean needsOperatorLevel() {
        return this == RUN_ACTION;
    }
}
