package org.mxdr.response.control;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.mxdr.platform.Cursor;
import org.mxdr.response.boundary.IncidentFilter;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.IncidentStatus;

/**
 * The incident queue's queries, newest first in the order of its indexes (tenant_id, [filter,]
 * created_at DESC, id): read straight from the index, no sort step. The rows come without their
 * devices and users, which the queue never shows. Callers checked the rights.
 */
@Stateless
@PermitAll
public class IncidentQueue {
    private static final String ORDER = " ORDER BY i.createdAt DESC, i.id";

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    /** The rows after the cursor (from the newest when null); one more than asked tells whether more follow. */
    public List<Incident> after(String tenantId, IncidentFilter filter, boolean withholdGroups, Cursor after, int rows) {
        return query("SELECT i", tenantId, filter, withholdGroups, after, Incident.class, ORDER).setMaxResults(rows).getResultList();
    }

    /** The rows from a position; a deep position reads every row before it, so lists that grow page by cursor. */
    public List<Incident> from(String tenantId, IncidentFilter filter, boolean withholdGroups, int first, int rows) {
        return query("SELECT i", tenantId, filter, withholdGroups, null, Incident.class, ORDER).setFirstResult(first).setMaxResults(rows)
                .getResultList();
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
        if (withholdGroups) {
            // the grant withholds devices in device groups: such incidents stay out of the expert's queue
            where.append(" AND i.inDeviceGroup = false");
        }
        if (after != null) {
            // strictly after the last row shown, in the index's order: the same cost on page 1,000 as on page 1
            where.append(" AND (i.createdAt < :at OR (i.createdAt = :at AND i.id > :id))");
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
        if (after != null) {
            q.setParameter("at", after.at()).setParameter("id", after.id());
        }
        return q;
    }
}
