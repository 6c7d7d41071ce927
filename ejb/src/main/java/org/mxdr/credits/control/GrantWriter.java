package org.mxdr.credits.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.mxdr.credits.entity.CreditGrant;

/**
 * Writes a batch of grants, as the domain made them, with one JDBC batch insert in the caller's
 * transaction: a hundred thousand subscriptions are a hundred thousand rows, which the persistence
 * context would track one by one for nothing.
 */
@ApplicationScoped
public class GrantWriter {
    private static final String GRANT = "INSERT INTO credit_grant (id, subscription_id, period, tenant_id, policy, assigned_on, expires_on, "
            + "credits, used, granted_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 0)";

    @Resource(lookup = "java:jboss/datasources/MxdrDS")
    DataSource dataSource;

    /** Fails with the database's refusal when one of the grants exists already (the unique key on subscription and period). */
    public void write(List<CreditGrant> grants) throws SQLException {
        if (grants.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement g = c.prepareStatement(GRANT)) {
            for (CreditGrant grant : grants) {
                g.setString(1, grant.getId());
                g.setString(2, grant.getSubscriptionId());
                g.setString(3, grant.getPeriod());
                g.setString(4, grant.getTenantId());
                g.setString(5, grant.getPolicy().name());
                g.setDate(6, Date.valueOf(grant.getAssignedOn()));
                g.setDate(7, Date.valueOf(grant.getExpiresOn()));
                g.setInt(8, grant.getCredits());
                g.setTimestamp(9, Timestamp.from(grant.getGrantedAt()));
                g.addBatch();
            }
            g.executeBatch();
        }
    }
}
