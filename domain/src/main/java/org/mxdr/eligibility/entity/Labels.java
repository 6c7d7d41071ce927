package org.mxdr.eligibility.entity;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.Text;

/** The one check for the free-text names of this context: present, one line, not too long. */
final class Labels {
    static final int MAX = 200;

    private Labels() {
    }

    static String check(String field, String value, String what) {
        String trimmed = Text.required(field, value, "A " + what + " is required.");
        if (trimmed.length() > MAX) {
            throw new BadInput(field, "The " + what + " must have at most " + MAX + " characters.");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new BadInput(field, "The " + what + " must not contain control characters.");
        }
        return trimmed;
    }
}
