package org.mxdr.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.inject.spi.CDI;

import org.mxdr.onboarding.entity.Region;
import org.mxdr.reports.control.ReportingStores;

/**
 * A tenant's month in its regional reporting store, written directly, whose figures are computed by
 * hand (ReportFiguresIT says them): incidents on the month's first and last instants, one from just
 * before, one resolved after the end, one just after, cards of every state. The tenant's figures
 * per day are then counted from the rows, as the provider admin's job does after a restore.
 */
public final class ReportFixture {
    static final long HOUR = 3_600_000L;

    private ReportFixture() {
    }

    /** Writes the fixture for the tenant's month; answers the prefix of its incident ids. */
    /** Each incident's service-level outcomes (acknowledge, classify, resolve): of the month's three, 3 of 3, 1 of 2 and 1 of 2 met. */
    static final java.util.Map<String, String> SLA_MET = java.util.Map.of("i1", "YYY", "i2", "YNN", "i3", "Y--", "i4", "NNN");

    public static String write(Region region, String tenantId, YearMonth m) throws Exception {
        DataSource store = StoreRows.store(region);
        String p = UUID.randomUUID().toString().substring(0, 8) + "-";
        Instant start = m.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = m.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        // created on the first instant, resolved 2 h later by the experts alone
        incident(store, tenantId, p + "i1", "HIGH", "Malware", "Execution", start, start.plusMillis(2 * HOUR), "EXPERTS", 0, 0);
        asset(store, tenantId, p + "i1", "DEVICE", "d1", "laptop-1", start);
        asset(store, tenantId, p + "i1", "USER", "u1", "Ann", start);
        // resolved after 24 h with the customer's help, 4 h of it awaiting the customer; three cards
        Instant i2 = start.plus(Duration.ofDays(9)).plusMillis(10 * HOUR);
        incident(store, tenantId, p + "i2", "MEDIUM", "Phishing", "Initial Access", i2, i2.plusMillis(24 * HOUR), "WITH_CUSTOMER", 4 * HOUR, 3);
        asset(store, tenantId, p + "i2", "DEVICE", "d1", "laptop-1", i2);
        card(store, tenantId, p + "c1", p + "i2", i2, "CUSTOMER_COMPLETED", i2.plusMillis(HOUR), i2.plusMillis(2 * HOUR));
        card(store, tenantId, p + "c2", p + "i2", i2, "CUSTOMER_COMPLETED", i2.plusMillis(HOUR), i2.plusMillis(4 * HOUR));
        card(store, tenantId, p + "c3", p + "i2", i2, "SKIPPED", i2.plusMillis(HOUR), i2.plusMillis(3 * HOUR));
        // created on the last millisecond, resolved after the end; its card still awaits the customer
        Instant i3 = end.minusMillis(1);
        incident(store, tenantId, p + "i3", "HIGH", "Malware", "Execution", i3, end.plusMillis(HOUR), "EXPERTS", 0, 1);
        asset(store, tenantId, p + "i3", "DEVICE", "d2", null, i3);
        card(store, tenantId, p + "c4", p + "i3", i3, "AWAITING_CUSTOMER", end.plus(Duration.ofMinutes(10)), null);
        // created a millisecond before the month, resolved in it; its card was completed in it after 30 min
        Instant i4 = start.minusMillis(1);
        incident(store, tenantId, p + "i4", "LOW", "Phishing", "Initial Access", i4, start.plusMillis(24 * HOUR), "WITH_CUSTOMER", HOUR / 2, 1);
        asset(store, tenantId, p + "i4", "DEVICE", "d3", "old-server", i4);
        card(store, tenantId, p + "c5", p + "i4", i4, "CUSTOMER_COMPLETED", start, start.plus(Duration.ofMinutes(30)));
        // created on the first instant after the month, still open
        incident(store, tenantId, p + "i5", "INFORMATIONAL", "Recon", "Discovery", end, null, null, 0, 0);
        asset(store, tenantId, p + "i5", "DEVICE", "d3", "old-server", end);
        // rows written without the relay: the tenant's figures per day are counted from them, as after a restore
        CDI.current().select(ReportingStores.class).get().recountTenant(tenantId);
        return p;
    }

    /**
     * {@code n} more cards for the month: one incident created on its second day with two cards every
     * 10 minutes from its creation (the two at the same time, so the list's order falls back on their
     * ids), every third one still awaiting the customer, the others completed after 30 minutes.
     * Answers the prefix of their ids.
     */
    public static String cards(Region region, String tenantId, YearMonth m, int n) throws Exception {
        DataSource store = StoreRows.store(region);
        String p = UUID.randomUUID().toString().substring(0, 8) + "-";
        Instant created = m.atDay(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        incident(store, tenantId, p + "i9", "HIGH", "Malware", "Execution", created, null, null, 0, n);
        for (int k = 0; k < n; k++) {
            Instant requested = created.plus(Duration.ofMinutes(10L * (k / 2)));
            boolean awaiting = k % 3 == 0;
            card(store, tenantId, p + String.format("c%03d", k), p + "i9", created, awaiting ? "AWAITING_CUSTOMER" : "CUSTOMER_COMPLETED", requested,
                    awaiting ? null : requested.plus(Duration.ofMinutes(30)));
        }
        CDI.current().select(ReportingStores.class).get().recountTenant(tenantId);
        return p;
    }

    private static void incident(DataSource store, String tenantId, String id, String severity, String category, String tactic, Instant created,
                                 Instant resolved, String resolution, long customerMs, int cards) throws Exception {
        Long resolveMs = resolved == null ? null : Duration.between(created, resolved).toMillis();
        StoreRows.update(store, "INSERT INTO rpt_incident (incident_id, tenant_id, version, external_id, title, severity, category, tactic, status, "
                        + "classification, resolution, created_at, resolved_at, customer_ms, resolve_ms, expert_ms, cards, cards_open, sla_met) "
                        + "VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, tenantId, "ext-" + id, "Incident " + id, severity, category, tactic, resolved == null ? "IN_PROGRESS" : "RESOLVED", resolution,
                created.atOffset(ZoneOffset.UTC), resolved == null ? null : resolved.atOffset(ZoneOffset.UTC), customerMs, resolveMs,
                resolveMs == null ? null : resolveMs - customerMs, cards, id.endsWith("i3") ? 1 : 0, SLA_MET.get(id.substring(id.length() - 2)));
    }

    private static void asset(DataSource store, String tenantId, String incidentId, String kind, String externalId, String name, Instant created)
            throws Exception {
        StoreRows.update(store, "INSERT INTO rpt_incident_asset (incident_id, tenant_id, kind, external_id, name, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                incidentId, tenantId, kind, externalId, name, created.atOffset(ZoneOffset.UTC));
    }

    private static void card(DataSource store, String tenantId, String id, String incidentId, Instant incidentCreated, String state, Instant requested,
                             Instant answered) throws Exception {
        StoreRows.update(store, "INSERT INTO rpt_action (action_id, incident_id, tenant_id, action_type, target, state, recommended, requested_at, "
                        + "answered_at, answer_ms, incident_created_at) VALUES (?, ?, ?, 'DISABLE_USER', 'u1', ?, TRUE, ?, ?, ?, ?)",
                id, incidentId, tenantId, state, requested.atOffset(ZoneOffset.UTC), answered == null ? null : answered.atOffset(ZoneOffset.UTC),
                answered == null ? null : Duration.between(requested, answered).toMillis(), incidentCreated.atOffset(ZoneOffset.UTC));
    }
}
