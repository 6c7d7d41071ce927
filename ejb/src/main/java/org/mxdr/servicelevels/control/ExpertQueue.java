package org.mxdr.servicelevels.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.mxdr.access.control.LiveGrants;
import org.mxdr.platform.Cursor;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.IncidentStatus;
import org.mxdr.servicelevels.boundary.ExpertQueueFilter;

/**
 * The queries of the experts' queue across tenants: the tenants whose grant looks live (the index;
 * the access control decides), and a page of their incidents in the order of the stored due time
 * (index {@code (sla_due_at, id)}, nothing due last), after a cursor. Callers checked the rights.
 */
@Stateless
@PermitAll
public class ExpertQueue {
    /** The cursor's time for a row with nothing due: those come last, by id. */
    public static final Instant NOTHING_DUE = Instant.parse("9999-12-31T00:00:00Z");

    private static final String ORDER = " ORDER BY i.clocks.dueAt ASC NULLS LAST, i.id";

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    /** Tenant id to name, of the tenants whose grant is live by the database's account of it. */
    public Map<String, String> liveTenants(Instant now, LocalDate today) {
        Map<String, String> names = new HashMap<>();
        em.createQuery("SELECT t.id, t.name FROM Tenant t" + LiveGrants.joinsOn("t.id") + "WHERE " + LiveGrants.CONDITION, Object[].class)
                .setParameter("now", now).setParameter("today", today).getResultStream()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    /**
     * The rows after the cursor, of the tenants whose devices are all in reach ({@code whole}) and of
     * those whose grant withholds device groups ({@code ungrouped}); one more than asked tells whether more follow.
     */
    public List<Incident> after(List<String> whole, List<String> ungrouped, ExpertQueueFilter filter, Cursor after, Instant now, int rows) {
        StringBuilder where = new StringBuilder(" FROM Incident i WHERE (");
        if (!whole.isEmpty()) {
            where.append("i.tenantId IN :whole");
        }
        if (!ungrouped.isEmpty()) {
            // the grant withholds devices in device groups: such incidents stay out, as in the tenant's own queue
            where.append(whole.isEmpty() ? "" : " OR ").append("(i.tenantId IN :ungrouped AND i.inDeviceGroup = false)");
        }
        where.append(')');
        if (filter.status() != null) {
            where.append(" AND i.status = :status");
        }
        if (filter.severity() != null) {
            where.append(" AND i.severity = :severity");
        }
        if (filter.assignee() != null) {
            where.append(" AND i.takenBy = :assignee");
        }
        if (Boolean.TRUE.equals(filter.breached())) {
            where.append(" AND (i.clocks.notified <> '' OR (i.clocks.dueAt < :now AND i.status <> :resolved))");
        } else if (Boolean.FALSE.equals(filter.breached())) {
            where.append(" AND i.clocks.notified = '' AND (i.clocks.dueAt IS NULL OR i.clocks.dueAt >= :now OR i.status = :resolved)");
        }
        boolean inNothingDue = after != null && after.at().equals(NOTHING_DUE);
        if (after != null) {
            where.append(inNothingDue ? " AND i.clocks.dueAt IS NULL AND i.id > :id"
                    : " AND (i.clocks.dueAt > :at OR (i.clocks.dueAt = :at AND i.id > :id) OR i.clocks.dueAt IS NULL)");
        }
        TypedQuery<Incident> q = em.createQuery("SELECT i" + where + ORDER, Incident.class);
        if (!whole.isEmpty()) {
            q.setParameter("whole", whole);
        }
        if (!ungrouped.isEmpty()) {
            q.setParameter("ungrouped", ungrouped);
        }
        if (filter.status() != null) {
            q.setParameter("status", filter.status());
        }
        if (filter.severity() != null) {
            q.setParameter("severity", filter.severity());
        }
        if (filter.assignee() != null) {
            q.setParameter("assignee", filter.assignee());
        }
        if (filter.breached() != null) {
            q.setParameter("now", now).setParameter("resolved", IncidentStatus.RESOLVED);
        }
        if (after != null) {
            q.setParameter("id", after.id());
            if (!inNothingDue) {
                q.setParameter("at", after.at());
            }
        }
        return q.setMaxResults(rows).getResultList();
    }

    /** Where the next page starts after this row. */
    public static Cursor cursorAfter(Incident last) {
        return new Cursor(last.getSlaDueAt() == null ? NOTHING_DUE : last.getSlaDueAt(), last.getId());
    }
}
