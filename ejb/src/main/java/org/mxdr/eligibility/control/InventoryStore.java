package org.mxdr.eligibility.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.mxdr.access.control.AccessCache;
import org.mxdr.eligibility.entity.DeviceItem;
import org.mxdr.eligibility.entity.ImportResult;
import org.mxdr.eligibility.entity.Inventory;
import org.mxdr.eligibility.entity.LicenseItem;
import org.mxdr.eligibility.entity.UserItem;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.TableStatistics;

/**
 * Writes a checked inventory in JDBC batches inside the caller's transaction: 100,000 devices are
 * a few hundred round trips instead of 100,000 entity inserts. Each part present replaces the
 * stored part, so importing the same file twice leaves the same rows, never duplicates. The
 * statistics of each table a large part filled are refreshed in the same transaction ({@link TableStatistics}).
 */
@Stateless
@PermitAll
public class InventoryStore {
    private static final int BATCH = 1000;

    // the connection joins the JTA transaction of the calling boundary, like the EntityManager's
    @Resource(lookup = "java:jboss/datasources/MxdrDS")
    DataSource dataSource;

    @Inject
    AccessCache accessCache;

    public ImportResult replace(String tenantId, Inventory inventory) {
        try (Connection c = dataSource.getConnection()) {
            lockTenant(c, tenantId);
            // device groups and user groups decide the experts' access
            accessCache.changed(tenantId);
            Integer licenses = inventory.licenses() == null ? null : replaceLicenses(c, tenantId, inventory.licenses());
            Integer users = inventory.users() == null ? null : replaceUsers(c, tenantId, inventory.users());
            Integer devices = inventory.devices() == null ? null : replaceDevices(c, tenantId, inventory.devices());
            return new ImportResult(licenses, users, devices);
        } catch (SQLException e) {
            throw new EJBException("Storing the inventory of tenant " + tenantId + " failed", e);
        }
    }

    /** Two imports for one tenant run one after the other instead of colliding on the unique keys. */
    private static void lockTenant(Connection c, String tenantId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM tenant WHERE id = ? FOR UPDATE")) {
            s.setString(1, tenantId);
            try (var rows = s.executeQuery()) {
                if (!rows.next()) {
                    throw new NotFound("There is no tenant with the id '" + tenantId + "'.");
                }
            }
        }
    }

    private static int replaceLicenses(Connection c, String tenantId, List<LicenseItem> items) throws SQLException {
        delete(c, "DELETE FROM tenant_license WHERE tenant_id = ?", tenantId);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tenant_license (tenant_id, product_key, seats) VALUES (?, ?, ?)")) {
            for (LicenseItem l : items) {
                s.setString(1, tenantId);
                s.setString(2, l.product().strip());
                s.setInt(3, l.seats());
                s.addBatch();
            }
            s.executeBatch();
        }
        return items.size();
    }

    private static int replaceUsers(Connection c, String tenantId, List<UserItem> items) throws SQLException {
        delete(c, "DELETE FROM inventory_user_license WHERE tenant_id = ?", tenantId);
        delete(c, "DELETE FROM inventory_user WHERE tenant_id = ?", tenantId);
        try (PreparedStatement users = c.prepareStatement("INSERT INTO inventory_user (tenant_id, external_id, name, licenses, user_group) VALUES (?, ?, ?, ?, ?)")) {
            int n = 0;
            for (UserItem u : items) {
                users.setString(1, tenantId);
                users.setString(2, u.externalId().strip());
                users.setString(3, u.name().strip());
                users.setString(4, u.licenseList());
                users.setString(5, u.userGroup());
                users.addBatch();
                if (++n % BATCH == 0) {
                    users.executeBatch();
                }
            }
            users.executeBatch();
        }
        // the licences' foreign-key checks below look these users up: with an empty table's statistics through the wrong index
        refreshStatistics(c, items, "inventory_user");
        try (PreparedStatement licenses = c.prepareStatement("INSERT INTO inventory_user_license (tenant_id, user_external_id, product_key) VALUES (?, ?, ?)")) {
            int n = 0;
            for (UserItem u : items) {
                for (String product : u.licenses()) {
                    licenses.setString(1, tenantId);
                    licenses.setString(2, u.externalId().strip());
                    licenses.setString(3, product);
                    licenses.addBatch();
                    if (++n % BATCH == 0) {
                        licenses.executeBatch();
                    }
                }
            }
            licenses.executeBatch();
        }
        refreshStatistics(c, items, "inventory_user_license");
        return items.size();
    }

    private static int replaceDevices(Connection c, String tenantId, List<DeviceItem> items) throws SQLException {
        delete(c, "DELETE FROM device WHERE tenant_id = ?", tenantId);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO device (tenant_id, external_id, name, os, eligible, onboarded, av_mode, device_group) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (DeviceItem d : items) {
                s.setString(1, tenantId);
                s.setString(2, d.externalId().strip());
                s.setString(3, d.name().strip());
                s.setString(4, d.os().strip());
                s.setBoolean(5, d.eligible());
                s.setBoolean(6, d.onboarded());
                s.setString(7, d.avMode().name());
                s.setString(8, d.deviceGroup() == null || d.deviceGroup().isBlank() ? null : d.deviceGroup().strip());
                s.addBatch();
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        refreshStatistics(c, items, "device");
        return items.size();
    }

    /**
     * After a bulk part only: ANALYZE holds its table's statistics lock until the import commits, so
     * two large imports take turns there (always in the order users, licences, devices), while the
     * many small ones never wait.
     */
    private static void refreshStatistics(Connection c, List<?> items, String table) throws SQLException {
        if (items.size() >= BATCH) {
            TableStatistics.refresh(c, table);
        }
    }

    private static void delete(Connection c, String sql, String tenantId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, tenantId);
            s.executeUpdate();
        }
    }
}
