package org.mxdr.retention.control;

import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.reports.control.ReportingStores;

/** What a tenant has per data class: the operational store's rows, its audit records and its reporting store's rows. */
@Stateless
@PermitAll
public class TenantCounts {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    ReportingStores reporting;

    /** Throws when the tenant's reporting store is down: the purge then waits for it. */
    public Map<String, Long> of(String tenantId) {
        Map<String, Long> counts = new TreeMap<>();
        for (TenantTable table : TenantTables.PURGE_ORDER) {
            if (table.counted()) {
                counts.merge(table.dataClass(), count(table.countSql(), tenantId), Long::sum);
            }
        }
        counts.put("audit", count("SELECT COUNT(*) FROM audit_record t WHERE t.tenant_id = ?", tenantId));
        counts.put("reporting", reporting.countTenant(tenantId).values().stream().mapToLong(Long::longValue).sum());
        return counts;
    }

    private long count(String sql, String tenantId) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, tenantId).getSingleResult()).longValue();
    }
}
