package org.mxdr.response.control;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.Contains;
import org.mxdr.platform.Cursor;
import org.mxdr.response.boundary.IncidentFilter;
import org.mxdr.response.boundary.IncidentOrder;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.IncidentStatus;
import org.mxdr.response.entity.IncidentSummary;

/**
 * The incident queue's queries, in the order of its indexes: newest first (tenant_id, [filter,]
 * created_at DESC, id), oldest first (the same index read backwards) or most severe first
 * (tenant_id, severity_rank, created_at DESC, id), read straight from the index, no sort step. A
 * search by short id finds one row by its unique index; a search in titles reads the tenant's rows.
 * The rows come without their devices and users, which the queue never shows. Callers checked the rights.
 */
@Stateless
@PermitAll
public class IncidentQueue {
    private static final String NEWEST = " ORDER BY i.createdAt DESC, i.id";
    private static final String OLDEST = " ORDER BY i.createdAt, i.id DESC";
    private static final String SEVERITY = " ORDER BY i.severityRank, i.createdAt DESC, i.id";
    /** Hibernate's query hint (HibernateHints.HINT_CACHEABLE; this module compiles against Jakarta Persistence alone) */
    private static final String CACHEABLE = "org.hibernate.cacheable";
    /** The most rows a cached first page reads: 50 and the one telling whether more follow */
    private static final int CACHED_ROWS = 51;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    /** The rows after the cursor (from the newest when null); one more than asked tells whether more follow. */
    public List<Incident> after(String tenantId, IncidentFilter filter, boolean withholdGroups, Cursor after, int rows) {
        return query("SELECT i", tenantId, filter, withholdGroups, after, Incident.class, order(filter)).setMaxResults(rows).getResultList();
    }

    /**
     * As {@link #after}, each row as what a list shows of it: values, not managed entities. A first
     * page without a search in titles (what a platform or a SOC screen polls) comes from Hibernate's
     * query cache while no write touched the incident table: Hibernate stamps the table at every
     * write it runs (entities, bulk and native statements alike, in a cluster on every node through
     * the server's replicated "timestamps" cache, where the other nodes then read the database for
     * about a minute: README, clustering) and drops a result older than the stamp, so the
     * very next read after a change runs the query again. The tenant and the grant's reach are part
     * of the cached query, and the caller's right to it is decided before, on every call. Deeper
     * pages and searches would only fill the cache with results read once; pages above 50 rows are
     * left out to bound its memory (wildfly-config/query-cache.cli).
     */
    public List<IncidentSummary> summariesAfter(String tenantId, IncidentFilter filter, boolean withholdGroups, Cursor after, int rows) {
        TypedQuery<IncidentSummary> q = query(IncidentSummary.SELECT, tenantId, filter, withholdGroups, after, IncidentSummary.class,
                order(filter)).setMaxResults(rows);
        if (after == null && filter.search() == null && rows <= CACHED_ROWS) {
            q.setHint(CACHEABLE, true);
        }
        return q.getResultList();
    }

    /** As {@link #from}, each row as what a list shows of it. */
    public List<IncidentSummary> summariesFrom(String tenantId, IncidentFilter filter, boolean withholdGroups, int first, int rows) {
        return query(IncidentSummary.SELECT, tenantId, filter, withholdGroups, null, IncidentSummary.class, order(filter)).setFirstResult(first)
                .setMaxResults(rows).getResultList();
    }

    private static String order(IncidentFilter filter) {
        return switch (filter.order()) {
            case NEWEST -> NEWEST;
            case OLDEST -> OLDEST;
            case SEVERITY -> SEVERITY;
        };
    }

    public long count(String tenantId, IncidentFilter filter, boolean withholdGroups) {
        return query("SELECT COUNT(i)", tenantId, filter, withholdGroups, null, Long.class, "").getSingleResult();
    }

    /** How many incidents of the queue are in each status, in one grouped query (statuses with none are absent). */
    public Map<IncidentStatus, Long> countByStatus(String tenantId, boolean withholdGroups) {
        Map<IncidentStatus, Long> counts = new EnumMap<>(IncidentStatus.class);
        query("SELECT i.status, COUNT(i)", tenantId, IncidentFilter.NONE, withholdGroups, null, Object[].class, " GROUP BY i.status")
                .getResultList().forEach(row -> counts.put((IncidentStatus) row[0], (Long) row[1]));
        return counts;
    }

    private <T> TypedQuery<T> query(String select, String tenantId, IncidentFilter filter, boolean withholdGroups, Cursor after,
                                    Class<T> type, String order) {
        StringBuilder where = new StringBuilder(" FROM Incident i WHERE i.tenantId = :t");
        if (filter.status() != null) {
            where.append(" AND i.status = :status");
        }
        if (filter.severity() != null) {
            where.append(" AND i.severity = :severity");
        }
        if (filter.assignedTo() != null) {
            where.append(" AND i.assignedTo = :assignedTo");
        }
        OptionalLong number = filter.search() == null ? OptionalLong.empty() : Incident.numberOf(filter.search());
        if (number.isPresent()) {
            // a short id, or digits that may also be in a title
            where.append(" AND (i.number = :number OR LOWER(i.title) LIKE :title)");
        } else if (filter.search() != null) {
            where.append(" AND LOWER(i.title) LIKE :title");
        }
        if (withholdGroups) {
            // the grant withholds devices in device groups: such incidents stay out of the expert's queue
            where.append(" AND i.inDeviceGroup = false");
        }
        if (after != null) {
            // strictly after the last row shown, in the index's order: the same cost on page 1,000 as on page 1
            where.append(switch (filter.order()) {
                case NEWEST -> Cursor.condition("i.createdAt", true, "i.id", false, "at", "id");
                case OLDEST -> Cursor.condition("i.createdAt", false, "i.id", true, "at", "id");
                // the rank's bound lets the index start at the cursor's severity
                case SEVERITY -> " AND i.severityRank >= :rank AND (i.severityRank > :rank OR (i.severityRank = :rank"
                        + " AND (i.createdAt < :at OR (i.createdAt = :at AND i.id > :id))))";
            });
        }
        TypedQuery<T> q = em.createQuery(select + where + order, type).setParameter("t", tenantId);
        if (filter.status() != null) {
            q.setParameter("status", filter.status());
        }
        if (filter.severity() != null) {
            q.setParameter("severity", filter.severity());
        }
        if (filter.assignedTo() != null) {
            q.setParameter("assignedTo", filter.assignedTo());
        }
        if (number.isPresent()) {
            q.setParameter("number", number.getAsLong());
        }
        if (filter.search() != null) {
            q.setParameter("title", Contains.pattern(filter.search()));
        }
        if (after != null) {
            bind(q, filter, after);
        }
        return q;
    }

    private static void bind(TypedQuery<?> q, IncidentFilter filter, Cursor after) {
        if (filter.order() != IncidentOrder.SEVERITY) {
            q.setParameter("at", after.at()).setParameter("id", after.id());
            return;
        }
        // "rank/instant" (IncidentFilter.cursorOf): a cursor of another order is refused as any foreign cursor is
        int slash = after.key().indexOf('/');
        String rank = slash < 0 ? "" : after.key().substring(0, slash);
        if (!rank.matches("[0-3]")) {
            throw new BadInput("cursor", "The cursor is not one this list answered: pass nextCursor as it came, or none for the first page.");
        }
        q.setParameter("rank", Integer.parseInt(rank)).setParameter("at", new Cursor(after.key().substring(slash + 1), after.id()).at())
                .setParameter("id", after.id());
    }
}
