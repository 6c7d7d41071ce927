package org.mxdr.bench.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.mxdr.bench.control.AuditBench;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Roles;

/**
 * bench/audit's helper, for the provider admin, packaged only into the demo EAR ({@code -Pdemo}):
 * seeds chains to verify, and measures audit writes with and without the chain, side by side,
 * from concurrent writers inside the server.
 */
@Stateless
@RolesAllowed(Roles.PROVIDER_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditBenchService {
    public static final int MAX_RECORDS = 2_000_000;

    public record Seeded(long records, int tenants, long millis) {
    }

    /** Writes per second without and with the chain, and their ratio. */
    public record Throughput(int threads, int tenants, int seconds, double plainPerSecond, double chainedPerSecond, double ratio) {
    }

    @Inject
    AuditBench bench;

    @Resource
    ManagedExecutorService executor;

    public Seeded seed(int records, int tenants) {
        if (records < 1 || records > MAX_RECORDS) {
            throw new BadInput("records", "Between 1 and " + MAX_RECORDS + " records.");
        }
        if (tenants < 1 || tenants > records) {
            throw new BadInput("tenants", "Between 1 tenant and one per record.");
        }
        long started = System.nanoTime();
        String run = AuditBench.run();
        for (int t = 0; t < tenants; t++) {
            bench.seedChain(AuditBench.tenant(run, t), records / tenants + (t < records % tenants ? 1 : 0));
        }
        return new Seeded(records, tenants, (System.nanoTime() - started) / 1_000_000);
    }

    /** Two rounds of plain then chained writes, {@code seconds} each, by {@code threads} writers over {@code tenants} tenants. */
    public Throughput writes(int threads, int tenants, int seconds) throws Exception {
        if (threads < 1 || threads > 64) {
            throw new BadInput("threads", "Between 1 and 64 writers.");
        }
        if (tenants < 1 || tenants > 10_000 || seconds < 1 || seconds > 120) {
            throw new BadInput(tenants < 1 || tenants > 10_000 ? "tenants" : "seconds", "Between 1 and 10,000 tenants, 1 and 120 seconds.");
        }
        String run = AuditBench.run();
        run(threads, tenants, 2, false, run); // warm-up
        long plain = 0;
        long chained = 0;
        for (int round = 0; round < 2; round++) {
            plain += run(threads, tenants, seconds, false, run);
            chained += run(threads, tenants, seconds, true, run);
        }
        double p = plain / (2.0 * seconds);
        double c = chained / (2.0 * seconds);
        return new Throughput(threads, tenants, seconds, p, c, c / p);
    }

    private long run(int threads, int tenants, int seconds, boolean chained, String run) throws Exception {
        AtomicLong written = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            int writer = w;
            writers.add(executor.submit(() -> {
                for (int n = writer; System.nanoTime() < end; n += threads) {
                    bench.write(AuditBench.tenant(run, n % tenants), chained, n);
                    written.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : writers) {
            f.get();
        }
        return written.get();
    }

    public long removeAll() {
        return bench.removeAll();
    }
}
