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
import org.mxdr.response.entity.IncidentStatus;
import org.mxdr.response.entity.Severity;
import org.mxdr.servicelevels.boundary.ServiceReviewRow;
import org.mxdr.servicelevels.boundary.ServiceReviewRow.Readiness;
import org.mxdr.servicelevels.entity.ClockKind;
import org.mxdr.servicelevels.entity.Compliance;

/**
 * The service review of a month across every tenant with a subscription, in five grouped queries
 * whatever the number of tenants: the tenants with their subscriptions and grant; open incidents
 * by severity; the month's incidents' targets and times; cards awaiting the customer; credits used.
 */
@Stateless
@PermitAll
public class ServiceReviewQueries {
    static final Duration EXPIRY_WARNING = Duration.ofDays(14);

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    public List<ServiceReviewRow> month(YearMonth month, Instant now, LocalDate today) {
        Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, Object[]> tenants = tenants(now, today);
        Map<String, Map<Severity, Long>> open = openBySeverity();
        Map<String, Object[]> times = times(from, to);
        Map<String, Long> pending = counts(em.createQuery("SELECT a.tenantId, COUNT(a) FROM ResponseAction a WHERE a.state = :awaiting "
                + "GROUP BY a.tenantId", Object[].class).setParameter("awaiting", ActionState.AWAITING_CUSTOMER).getResultList());
        @SuppressWarnings("unchecked")
        List<Object[]> credits = em.createNativeQuery("SELECT g.tenant_id, COUNT(*) FROM credit_use u JOIN credit_grant g ON g.id = u.grant_id "
                + "WHERE u.used_at >= ?1 AND u.used_at < ?2 GROUP BY g.tenant_id").setParameter(1, from).setParameter(2, to).getResultList();
        Map<String, Long> used = counts(credits);
        List<ServiceReviewRow> rows = new ArrayList<>();
        tenants.forEach((id, t) -> {
            Object[] m = times.get(id);
            rows.add(new ServiceReviewRow(id, (String) t[0], (Readiness) t[1], open.getOrDefault(id, Map.of()), compliance(m),
                    mean(m, 7), mean(m, 8), pending.getOrDefault(id, 0L), used.getOrDefault(id, 0L), (Instant) t[2]));
        });
        return rows;
    }

    /** Id to {name, readiness, grant expiry within 14 days}, by name. */
    private Map<String, Object[]> tenants(Instant now, LocalDate today) {
        Map<String, Object[]> tenants = new LinkedHashMap<>();
        em.createQuery("SELECT t.id, t.name, s.termStart, s.termEnd, g FROM Tenant t JOIN Subscription s ON s.tenantId = t.id "
                        + "AND s.terminatedAt IS NULL LEFT JOIN ExpertGrant g ON g.tenantId = t.id ORDER BY t.name, t.id", Object[].class)
                .getResultStream().forEach(row -> {
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

    private Map<String, Map<Severity, Long>> openBySeverity() {
        Map<String, Map<Severity, Long>> open = new HashMap<>();
        em.createQuery("SELECT i.tenantId, i.severity, COUNT(i) FROM Incident i WHERE i.status IN :open GROUP BY i.tenantId, i.severity",
                        Object[].class).setParameter("open", List.of(IncidentStatus.NEW, IncidentStatus.IN_PROGRESS, IncidentStatus.AWAITING_CUSTOMER))
                .getResultStream().forEach(row -> open.computeIfAbsent((String) row[0], k -> new EnumMap<>(Severity.class))
                        .put((Severity) row[1], (Long) row[2]));
        return open;
    }

    // per tenant: for each kind the targets met and decided (met, done late, or breach notified), then the mean times
    private Map<String, Object[]> times(Instant from, Instant to) {
        Map<String, Object[]> times = new HashMap<>();
        em.createQuery("SELECT i.tenantId, "
                        + met("acknowledgedInMs", "slaAcknowledgeMs") + ", " + decided("acknowledgedInMs", "ACKNOWLEDGE") + ", "
                        + met("classifiedInMs", "slaClassifyMs") + ", " + decided("classifiedInMs", "CLASSIFY") + ", "
                        + met("resolvedInMs", "slaResolveMs") + ", " + decided("resolvedInMs", "RESOLVE") + ", "
                        + "AVG(i.acknowledgedInMs), AVG(i.resolvedInMs) FROM Incident i WHERE i.createdAt >= :from AND i.createdAt < :to "
                        + "GROUP BY i.tenantId", Object[].class).setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(row -> times.put((String) row[0], row));
        return times;
    }

    private static String met(String took, String target) {
        return "SUM(CASE WHEN i." + took + " <= i." + target + " THEN 1 ELSE 0 END)";
    }

    private static String decided(String took, String kind) {
        return "SUM(CASE WHEN i." + took + " IS NOT NULL OR i.slaNotified LIKE '%" + kind + "%' THEN 1 ELSE 0 END)";
    }

    private static Map<ClockKind, Compliance> compliance(Object[] row) {
        Map<ClockKind, Compliance> compliance = new EnumMap<>(ClockKind.class);
        if (row != null) {
            for (ClockKind kind : ClockKind.values()) {
                int at = 1 + 2 * kind.ordinal();
                compliance.put(kind, new Compliance(number(row[at]), number(row[at + 1])));
            }
        }
        return compliance;
    }

    private static Duration mean(Object[] row, int at) {
        return row == null || row[at] == null ? null : Duration.ofMillis(Math.round(((Number) row[at]).doubleValue()));
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
