package org.mxdr.retention.entity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import org.mxdr.onboarding.entity.Subscription;

/**
 * How long a tenant's data is kept: while a subscription is current (active or scheduled) there
 * is no end; once the last one has ended or been terminated, the data is kept for the grace
 * period after that and is then due for the purge. A tenant that never subscribed has no end
 * either: the purge only follows an offboarding. A new subscription in the grace period makes it
 * current again, which cancels the purge.
 */
public record Retention(int graceDays, Instant endedAt, Instant retainUntil) {

    public static Retention of(Collection<Subscription> subscriptions, int graceDays, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (subscriptions.isEmpty() || subscriptions.stream().anyMatch(s -> s.isCurrentOn(today))) {
            return new Retention(graceDays, null, null);
        }
        Optional<Instant> ended = subscriptions.stream().map(s -> s.endedAt(today)).flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
        return ended.map(e -> new Retention(graceDays, e, e.plus(Duration.ofDays(graceDays))))
                .orElseGet(() -> new Retention(graceDays, null, null));
    }

    /** Whether the grace period is over: the purge may take the tenant (unless on legal hold). */
    public boolean dueAt(Instant now) {
        return retainUntil != null && !now.isBefore(retainUntil);
    }

    public boolean ended() {
        return endedAt != null;
    }
}
