package org.mxdr.platform;

import jakarta.ejb.ApplicationException;

/** Refused by a business rule or by the current state (a duplicate, a concurrent edit). */
@ApplicationException(rollback = true)
public class Conflict extends RuntimeException {
    private final String field;

    public Conflict(String message) {
        this(null, message);
    }

    public Conflict(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
