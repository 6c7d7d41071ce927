package org.mxdr.platform;

import java.util.List;

import jakarta.ejb.ApplicationException;

/** A business refusal with the list of every condition that is not met, for the person to fix. */
@ApplicationException(rollback = true)
public class Unmet extends Conflict {
    private final List<String> unmet;

    public Unmet(String message, List<String> unmet) {
        super(message);
        this.unmet = List.copyOf(unmet);
    }

    public List<String> unmet() {
        return unmet;
    }
}
