package org.mxdr.servicelevels.entity;

/**
 * How many targets of one kind were met of those decided (met, or breached) in a period.
 */
public record Compliance(long met, long decided) {
    public static final Compliance NONE = new Compliance(0, 0);

    public Compliance {
        if (met < 0 || decided < met) {
            throw new IllegalArgumentException("met " + met + " of " + decided);
        }
    }

    /** The share met, 0 to 1; null when nothing was decided. */
    public Double share() {
        return decided == 0 ? null : (double) met / decided;
    }

    /** The share as people read it: "93 %", or "–" when nothing was decided. */
    public String percent() {
        return decided == 0 ? "–" : Math.round(100.0 * met / decided) + " %";
    }
}
