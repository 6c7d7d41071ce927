package org.mxdr.access.entity;

import java.util.Objects;

import org.mxdr.response.entity.ActionType;

/** One line of a response policy: for this action type in this scope, this mode. */
public record PolicyRule(ActionType action, PolicyScope scope, ResponseMode mode) {

    public PolicyRule {
        Objects.requireNonNull(action);
        Objects.requireNonNull(scope);
        Objects.requireNonNull(mode);
    }

    public String inWords() {
        return action.label() + " on " + scope.inWords() + ": " + mode.label().toLowerCase();
    }
}
