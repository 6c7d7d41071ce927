package org.mxdr.retention.control;

import java.util.Optional;

import org.mxdr.platform.Settings;

/** The retention's deployment settings (README, Configuration). */
public final class RetentionSettings {
    public static final String GRACE_VARIABLE = "MXDR_RETENTION_GRACE_DAYS";
    /** Operational and reporting data are kept no less than 90 days after the subscription ends. */
    public static final int MIN_GRACE_DAYS = 90;

    private RetentionSettings() {
    }

    /** Days the data is kept after the subscription ends: MXDR_RETENTION_GRACE_DAYS, default and minimum 90. */
    public static int graceDays() {
        return graceDays(Settings.get("retention.grace.days"));
    }

    /** Refuses anything but a whole number of at least 90, with a message naming the variable. */
    public static int graceDays(Optional<String> configured) {
        if (configured.isEmpty()) {
            return MIN_GRACE_DAYS;
        }
        String value = configured.get().trim();
        int days;
        try {
            days = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(GRACE_VARIABLE + " must be a whole number of days (at least " + MIN_GRACE_DAYS
                    + "); it is '" + value + "'.");
        }
        if (days < MIN_GRACE_DAYS) {
            throw new IllegalStateException(GRACE_VARIABLE + " is " + days + ", below the " + MIN_GRACE_DAYS
                    + " days of grace the service promises its customers after their subscription ends; set it to "
                    + MIN_GRACE_DAYS + " or more.");
        }
        return days;
    }

    /** How often the purge runs: MXDR_RETENTION_PURGE_SCHEDULE, default true (daily at 02:15 UTC). */
    public static boolean scheduled() {
        return Settings.get("retention.purge.schedule").map(Boolean::parseBoolean).orElse(true);
    }

    /** Rows per delete statement, each batch its own transaction: MXDR_RETENTION_BATCH_SIZE, default 1000. */
    public static int batchSize() {
        return Settings.get("retention.batch.size").map(Integer::parseInt).orElse(1000);
    }
}
