package org.mxdr.reports.control;

import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.onboarding.entity.Region;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.NotFound;

/**
 * What retention, data location and export ask of the reporting stores: a store's name and
 * health, and a tenant's rows in its own region's store counted, exported or purged. A store that
 * is down answers with {@link StoreDown}, which rolls back the caller's transaction. The tenant's
 * region is read from its row: purge the reporting data before the tenant row itself. The figures
 * per day ({@link DailyFigures}) are counted from these rows and purged with them.
 */
@Stateless
@PermitAll
public class ReportingStores {
    /** The undelivered outbox events of a tenant, as counted by a purge. */
    public static final String PENDING = "reporting.pending";
    private static final int PURGE_BATCH = 5000;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    RegionalStores stores;

    /** What the Data location page calls the store. */
    public String storeName(Region region) {
        return "Reporting store " + region.name() + " (" + region.label() + ")";
    }

    public boolean available(Region region) {
        return stores.available(region);
    }

    /** Rows per reporting data class of the tenant in its regional store. */
    public Map<String, Long> countTenant(String tenantId) {
        Region region = regionOf(tenantId);
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = stores.open(region)) {
            for (FactTable t : FactTable.values()) {
                counts.put(t.dataClass(), t.count(c, tenantId));
            }
        } catch (SQLException e) {
            throw stores.failed(region, e);
        }
        return counts;
    }

    /**
     * Deletes the tenant's undelivered outbox events (in the caller's transaction), then every row
     * of the tenant in its regional store, in batches; answers the counts deleted per class.
     */
    public Map<String, Long> purgeTenant(String tenantId) {
        Region region = regionOf(tenantId);
        Map<String, Long> deleted = new LinkedHashMap<>();
        // waits for a relay that is delivering them, so nothing of the tenant arrives after the purge
        deleted.put(PENDING, (long) em.createNativeQuery("DELETE FROM reporting_event WHERE tenant_id = ?1")
                .setParameter(1, tenantId).executeUpdate());
        try (Connection c = stores.open(region)) {
            for (FactTable t : FactTable.values()) {
                deleted.put(t.dataClass(), purge(c, t, tenantId));
            }
            // the figures per day counted from those rows (names of devices and users among them) go with them
            for (String derived : List.of("rpt_day", "rpt_day_value", "rpt_day_count")) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM " + derived + " WHERE tenant_id = ?")) {
                    s.setString(1, tenantId);
                    s.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw stores.failed(region, e);
        }
        return deleted;
    }

    private static long purge(Connection c, FactTable t, String tenantId) throws SQLException {
        long total = 0;
        String sql = "DELETE FROM " + t.table() + " WHERE tenant_id = ? AND " + t.key() + " IN (SELECT " + t.key() + " FROM " + t.table()
                + " WHERE tenant_id = ? FETCH FIRST " + PURGE_BATCH + " ROWS ONLY)";
        c.setAutoCommit(true);
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenantId);
            s.setString(2, tenantId);
            int n;
            do {
                n = s.executeUpdate();
                total += n;
            } while (n > 0);
        }
        return total;
    }

    /**
     * Counts the tenant's figures per day again from its rows in its regional store: after rows were
     * restored or written without the relay. Holds the region's relay row meanwhile, so no delivery
     * to the region changes the rows while they are counted.
     */
    public void recountTenant(String tenantId) {
        Region region = regionOf(tenantId);
        em.createNativeQuery("SELECT region FROM reporting_relay WHERE region = ?1 FOR UPDATE").setParameter(1, region.name()).getResultList();
        try (Connection c = stores.open(region)) {
            c.setAutoCommit(false);
            try {
                DailyFigures.recountAll(c, tenantId);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw stores.failed(region, e);
        }
    }

    /** The tenant's reporting rows as one JSON document, streamed row by row. */
    public void writeTenantJson(String tenantId, Writer out) {
        Region region = regionOf(tenantId);
        try (Connection c = stores.open(region)) {
            new FactsExport(c, tenantId).write(region, storeName(region), out);
        } catch (SQLException e) {
            throw stores.failed(region, e);
        }
    }

    Region regionOf(String tenantId) {
        Tenant tenant = tenantId == null ? null : em.find(Tenant.class, tenantId);
        if (tenant == null) {
            throw new NotFound("There is no tenant with the id '" + tenantId + "'.");
        }
        return tenant.getRegion();
    }
}
