package org.mxdr.response.entity;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.Text;

/** Checks of the free texts of this context, refusing with the field named. */
final class Texts {
    private Texts() {
    }

    static String required(String field, String value, int max, String what) {
        return optional(field, Text.required(field, value, what + " is required."), max, what);
    }

    static String optional(String field, String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new BadInput(field, what + " has at most " + max + " characters; this one has " + v.length() + ".");
        }
        return v;
    }
}
