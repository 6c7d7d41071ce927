package org.mxdr.credits.control;

import org.mxdr.platform.Settings;

/** The credit job's deployment settings (README, Configuration). */
public final class CreditSettings {
    private CreditSettings() {
    }

    /** Subscriptions per batch, each batch one transaction: MXDR_CREDITS_BATCH_SIZE, default 1000. */
    public static int batchSize() {
        return Settings.get("credits.batch.size").map(Integer::parseInt).orElse(1000);
    }

    /**
     * How many months the scheduled catch-up looks back: MXDR_CREDITS_CATCH_UP_MONTHS, default 12. A
     * server down for longer never assigns the older periods, whose credits would have expired anyway.
     */
    public static int catchUpMonths() {
        return Settings.get("credits.catch.up.months").map(Integer::parseInt).orElse(12);
    }

    /** Whether the hourly job and the catch-up after start run: MXDR_CREDITS_SCHEDULE, default true. */
    public static boolean scheduled() {
        return Settings.get("credits.schedule").map(Boolean::parseBoolean).orElse(true);
    }
}
