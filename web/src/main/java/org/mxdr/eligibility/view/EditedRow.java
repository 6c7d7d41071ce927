package org.mxdr.eligibility.view;

import java.io.Serializable;

/** A table row under edit remembers the version it was read at, so a concurrent change is refused. */
abstract class EditedRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long version;

    EditedRow(long version) {
        this.version = version;
    }

    long version() {
        return version;
    }
}
