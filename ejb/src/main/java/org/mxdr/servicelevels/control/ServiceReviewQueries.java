package org.mxdr.servicelevels.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.access.entity.ExpertGrant;
import org.mxdr.response.entity.ActionState;
import org.mxdr.response.entity.Severity;
import org.mxdr.servicelevels.boundary.ServiceReviewRow;
import org.mxdr.servicelevels.boundary.ServiceReviewRow.Readiness;
import org.mxdr.servicelevels.entity.ClockKind;
import org.mxdr.servicelevels.entity.Compliance;

/**
 * The service review of a month across every tenant with a subscription, in four grouped queries
 * whatever the number of tenants or incidents: the tenants with their subscriptions and grant; the
 * tenants' service tallies (open incidents by severity, the month's targets and times, kept exact
 * at every write of an incident); cards awaiting the customer; credits used.
 */
@Stateless
@PermitAll
public class ServiceReviewQueries {
    static final Duration EXPIRY_WARNING = Duration.ofDays(14);

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    /** @param manager the username of the delivery manager whose tenants only are reviewed, or null for every tenant */
    public List<ServiceReviewRow> month(YearMonth month, Instant now, LocalDate today, String manager) {
        Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, Object[]> tenants = tenants(now, today, manager);
        Map<String, Object[]> tallies = tallies(month);
        Map<String, Long> pending = counts(em.createQuery("SELECT a.tenantId, COUNT(a) FROM ResponseAction a WHERE a.state = :awaiting "
                + "GROUP BY a.tenantId", Object[].class).setParameter("awaiting", ActionState.AWAITING_CUSTOMER).getResultList());
        @SuppressWarnings("unchecked")
        List<Object[]> credits = em.createNativeQuery("SELECT g.tenant_id, COUNT(*) FROM credit_use u JOIN credit_grant g ON g.id = u.grant_id "
                + "WHERE u.used_at >= ?1 AND u.used_at < ?2 GROUP BY g.tenant_id").setParameter(1, from).setParameter(2, to).getResultList();
        Map<String, Long> used = counts(credits);
        List<ServiceReviewRow> rows = new ArrayList<>();
        tenants.forEach((id, t) -> {
            Object[] m = tallies.get(id);
            rows.add(new ServiceReviewRow(id, (String) t[0], (Readiness) t[1], open(m), compliance(m),
                    mean(m, 11), mean(m, 13), pending.getOrDefault(id, 0L), used.getOrDefault(id, 0L), (Instant) t[2]));
        });
        return rows;
    }

    /** Id to {name, readiness, grant expiry within 14 days}, by name. */
    private Map<String, Object[]> tenants(Instant now, LocalDate today, String manager) {
        Map<String, Object[]> tenants = new LinkedHashMap<>();
        var query = em.createQuery("SELECT t.id, t.name, s.term.firstDay, s.term.lastDay, g FROM Tenant t JOIN Subscription s ON s.tenantId = t.id "
                + "AND s.terminatedAt IS NULL LEFT JOIN ExpertGrant g ON g.tenantId = t.id"
                + (manager == null ? "" : " WHERE t.deliveryManagerId IN (SELECT u.id FROM AppUser u WHERE u.username = :manager)")
                + " ORDER BY t.name, t.id", Object[].class);
        if (manager != null) {
            query.setParameter("manager", manager);
        }
        query.getResultStream().forEach(row -> {
                    boolean current = !((LocalDate) row[2]).isAfter(today) && !((LocalDate) row[3]).isBefore(today);
                    ExpertGrant g = (ExpertGrant) row[4];
                    boolean live = g != null && g.getRevokedAt() == null && g.getExpiresAt().isAfter(now) && g.toRule().serviceProviderAccess()
                            && !g.toRule().levels().isEmpty();
                    Readiness readiness = !current ? Readiness.NO_SUBSCRIPTION : live ? Readiness.LIVE : Readiness.AWAITING_GRANT;
                    Instant expiring = live && g.getExpiresAt().isBefore(now.plus(EXPIRY_WARNING)) ? g.getExpiresAt() : null;
                    Object[] known = tenants.get((String) row[0]);
                    if (known == null || ((Readiness) known[1]).ordinal() > readiness.ordinal()) {
                        tenants.put((String) row[0], new Object[]{row[1], readiness, expiring});
                    }
                });
        return tenants;
    }

    /**
     * Per tenant from its service tally: the open incidents by severity (every month), then for the
     * month asked each kind's targets met and decided, and the times to acknowledge and to resolve
     * summed with their counts. A few rows per tenant, whatever the number of incidents.
     */
    private Map<String, Object[]> tallies(YearMonth month) {
        Map<String, Object[]> tallies = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT tenant_id, SUM(open_high), SUM(open_medium), SUM(open_low), SUM(open_informational), "
                + inMonth("acknowledge_met") + ", " + inMonth("acknowledge_decided") + ", " + inMonth("classify_met") + ", "
                + inMonth("classify_decided") + ", " + inMonth("resolve_met") + ", " + inMonth("resolve_decided") + ", "
                + inMonth("acknowledged_ms") + ", " + inMonth("acknowledged") + ", " + inMonth("resolved_ms") + ", " + inMonth("resolved")
                + " FROM service_tally GROUP BY tenant_id").setParameter(1, month.getYear() * 100 + month.getMonthValue()).getResultList();
        rows.forEach(row -> tallies.put((String) row[0], row));
        return tallies;
    }

    private static String inMonth(String column) {
        return "SUM(CASE WHEN month_key = ?1 THEN " + column + " ELSE 0 END)";
    }

    private static Map<Severity, Long> open(Object[] row) {
        Map<Severity, Long> open = new EnumMap<>(Severity.class);
        if (row != null) {
            for (Severity severity : Severity.values()) {
                long n = number(row[1 + severity.ordinal()]);
                if (n > 0) {
                    open.put(severity, n);
                }
            }
        }
        return open;
    }

    private static Map<ClockKind, Compliance> compliance(Object[] row) {
        Map<ClockKind, Compliance> compliance = new EnumMap<>(ClockKind.class);
        if (row != null) {
            for (ClockKind kind : ClockKind.values()) {
                int at = 5 + 2 * kind.ordinal();
                compliance.put(kind, new Compliance(number(row[at]), number(row[at + 1])));
            }
        }
        return compliance;
    }

    /** The mean of the sum at {@code at - 1} over the count at {@code at}; null when nothing was counted. */
    private static Duration mean(Object[] row, int at) {
        long count = row == null ? 0 : number(row[at]);
        return count == 0 ? null : Duration.ofMillis(Math.round((double) number(row[at - 1]) / count));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Map<String, Long> counts(List<Object[]> rows) {
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
