package org.mxdr.servicelevels.entity;

import java.time.Duration;

import org.mxdr.platform.BadInput;

/** The three time targets of one severity: to acknowledge, to classify and to resolve, each counted from intake. */
public record Targets(Duration acknowledge, Duration classify, Duration resolve) {
    public static final Duration LONGEST = Duration.ofDays(90);

    /** Each target between a minute and 90 days, and none after a later step's: classify no sooner than acknowledge, resolve no sooner than classify. */
    public Targets {
        check("acknowledge", acknowledge);
        check("classify", classify);
        check("resolve", resolve);
        if (classify.compareTo(acknowledge) < 0) {
            throw new BadInput("classify", "The time to classify cannot be shorter than the time to acknowledge.");
        }
        if (resolve.compareTo(classify) < 0) {
            throw new BadInput("resolve", "The time to resolve cannot be shorter than the time to classify.");
        }
    }

    private static void check(String field, Duration target) {
        if (target == null) {
            throw new BadInput(field, "The " + field + " target is required, as an ISO-8601 duration such as PT15M.");
        }
        if (target.compareTo(Duration.ofMinutes(1)) < 0 || target.compareTo(LONGEST) > 0) {
            throw new BadInput(field, "The " + field + " target is between 1 minute and 90 days.");
        }
    }

    public Duration of(ClockKind kind) {
        return switch (kind) {
            case ACKNOWLEDGE -> acknowledge;
            case CLASSIFY -> classify;
            case RESOLVE -> resolve;
        };
    }
}
