package org.mxdr.eligibility.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every problem of an import before anything is stored, so a refusal lists them all,
 * each named the way its source names it: CSV line and column, or JSON path.
 */
public final class Problems {
    private final boolean csv;
    private final List<Problem> found = new ArrayList<>();
    // the first problem of a field wins: "is not a number" says more than "is required" afterwards
    private final Set<String> seen = new HashSet<>();

    private Problems(boolean csv) {
        this.csv = csv;
    }

    public static Problems inJson() {
        return new Problems(false);
    }

    public static Problems inCsv() {
        return new Problems(true);
    }

    /** @param index the item's position in its list, from 0 */
    public void add(String part, int index, String field, String reason) {
        Problem p = csv ? new Problem(index + 2, field, reason) : new Problem(index, part + "[" + index + "]." + field, reason);
        if (seen.add(p.row() + "/" + p.field())) {
            found.add(p);
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Problem> all() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInventory(csv, found);
        }
    }
}
