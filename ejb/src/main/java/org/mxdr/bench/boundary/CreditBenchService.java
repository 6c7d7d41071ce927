package org.mxdr.bench.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.mxdr.bench.control.CreditBench;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Roles;

/**
 * The seeding helper of bench/credits, for the provider admin. Packaged only into the demo EAR
 * ({@code -Pdemo}): a production deployment does not hold it.
 */
@Stateless
@RolesAllowed(Roles.PROVIDER_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CreditBenchService {
    public static final int MAX = 200_000;
    private static final int CHUNK = 5_000;

    /** What was seeded, and the period to assign. */
    public record Seeded(int subscriptions, String period, long millis) {
    }

    @Inject
    CreditBench bench;

    @Inject
    Clock clock;

    public Seeded seed(int subscriptions) {
        if (subscriptions < 1 || subscriptions > MAX) {
            throw new BadInput("subscriptions", "Between 1 and " + MAX + " subscriptions.");
        }
        long started = System.nanoTime();
        String stamp = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC).format(Instant.now(clock));
        for (int from = 0; from < subscriptions; from += CHUNK) {
            bench.seed(stamp, from, Math.min(CHUNK, subscriptions - from));
        }
        return new Seeded(subscriptions, bench.period().toString(), (System.nanoTime() - started) / 1_000_000);
    }

    public int removeAll() {
        return bench.removeAll();
    }

}
