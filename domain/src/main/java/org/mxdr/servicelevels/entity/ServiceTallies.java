package org.mxdr.servicelevels.entity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

import org.mxdr.response.entity.Incident;

/**
 * Keeps each tenant's service tally exact: whenever an incident is written (inserted, updated,
 * deleted through JPA) the difference its counts made is added to the tally row of its tenant and
 * month, on the transaction's own connection, so the tally and the incidents commit or roll back
 * together. Plain JDBC because JPA callbacks may not use the EntityManager.
 */
public class ServiceTallies {
    static final String DATASOURCE = "java:jboss/datasources/MxdrDS";
    private static final String ADD = "UPDATE service_tally SET " + Arrays.stream(IncidentTally.COLUMNS).map(c -> c + " = " + c + " + ?")
            .collect(Collectors.joining(", ")) + " WHERE tenant_id = ? AND month_key = ?";
    private static final String INSERT = "INSERT INTO service_tally (tenant_id, month_key, " + String.join(", ", IncidentTally.COLUMNS)
            + ") VALUES (?, ?" + ", ?".repeat(IncidentTally.COLUMNS.length) + ")";

    @PostLoad
    void loaded(Incident incident) {
        incident.counted(incident.tally());
    }

    @PostPersist
    @PreUpdate
    void written(Incident incident) {
        IncidentTally now = incident.tally();
        long[] delta = now.minus(incident.counted());
        if (!IncidentTally.isZero(delta)) {
            add(now.tenantId(), now.month(), delta);
        }
        incident.counted(now);
    }

    @PreRemove
    void removed(Incident incident) {
        IncidentTally counted = incident.counted();
        if (counted != null) {
            add(counted.tenantId(), counted.month(), counted.negated());
            incident.counted(null);
        }
    }

    /** Adds the delta to the row; the first incident of a tenant's month inserts it, under the tenant's row lock so two never race. */
    private static void add(String tenantId, int month, long[] delta) {
        try (Connection c = dataSource().getConnection()) {
            if (update(c, tenantId, month, delta) == 0) {
                try (PreparedStatement lock = c.prepareStatement("SELECT id FROM tenant WHERE id = ? FOR UPDATE")) {
                    lock.setString(1, tenantId);
                    try (ResultSet ignored = lock.executeQuery()) {
                        // locked until the transaction ends
                    }
                }
                if (update(c, tenantId, month, delta) == 0) {
                    try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                        bind(insert, tenantId, month, delta, true);
                        insert.executeUpdate();
                    }
                }
            }
        } catch (SQLException | NamingException e) {
            throw new PersistenceException("The service tally of tenant " + tenantId + " could not be updated", e);
        }
    }

    private static int update(Connection c, String tenantId, int month, long[] delta) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(ADD)) {
            bind(update, tenantId, month, delta, false);
            return update.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, String tenantId, int month, long[] delta, boolean keysFirst) throws SQLException {
        int at = 1;
        if (keysFirst) {
            s.setString(at++, tenantId);
            s.setInt(at++, month);
        }
        for (long d : delta) {
            s.setLong(at++, d);
        }
        if (!keysFirst) {
            s.setString(at++, tenantId);
            s.setInt(at, month);
        }
    }

    private static volatile DataSource dataSource;

    private static DataSource dataSource() throws NamingException {
        DataSource ds = dataSource;
        if (ds == null) {
            ds = (DataSource) new InitialContext().lookup(DATASOURCE);
            dataSource = ds;
        }
        return ds;
    }
}
