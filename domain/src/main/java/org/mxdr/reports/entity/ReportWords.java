package org.mxdr.reports.entity;

import java.time.Duration;

import org.mxdr.response.entity.ActionState;
import org.mxdr.response.entity.ActionType;
import org.mxdr.response.entity.Severity;

/** How the page, the CSV and the PDF write a report's values for a person. */
public final class ReportWords {
    public static final String NONE = "–";

    private ReportWords() {
    }

    /** 16 h 40 min, 3 d 2 h, 12 min; "–" when there is nothing to show. */
    public static String duration(Duration d) {
        if (d == null) {
            return NONE;
        }
        long minutes = d.toMinutes();
        if (minutes < 1) {
            return "under 1 min";
        }
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        if (days > 0) {
            return days + " d" + (hours > 0 ? " " + hours + " h" : "");
        }
        return hours > 0 ? hours + " h" + (mins > 0 ? " " + mins + " min" : "") : mins + " min";
    }

    public static String severity(String name) {
        return label(name, () -> Severity.valueOf(name).label());
    }

    public static String state(String name) {
        return label(name, () -> ActionState.valueOf(name).label());
    }

    public static String action(String name) {
        return label(name, () -> ActionType.valueOf(name).label());
    }

    private static String label(String name, java.util.function.Supplier<String> known) {
        try {
            return name == null ? NONE : known.get();
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
