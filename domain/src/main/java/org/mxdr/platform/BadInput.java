package org.mxdr.platform;

import jakarta.ejb.ApplicationException;

/** Input that breaks a rule; names the field at fault so a person can correct it. */
@ApplicationException(rollback = true)
public class BadInput extends RuntimeException {
    private final String field;

    public BadInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
