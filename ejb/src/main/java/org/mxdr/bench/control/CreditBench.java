package org.mxdr.bench.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.mxdr.credits.control.CreditSettings;
import org.mxdr.credits.entity.CreditPeriod;

/**
 * Seeds and removes the tenants of bench/credits: plain monthly subscriptions whose whole term
 * lies in one month more than the catch-up window ago, so the scheduled job never touches them
 * and the bench times exactly one period's assignment. Written with JDBC batches (seeding is not
 * what is measured); every bench tenant's name starts with {@link #PREFIX}.
 */
@Stateless
@PermitAll
public class CreditBench {
    public static final String PREFIX = "Credit bench ";

    @Resource(lookup = "java:jboss/datasources/MxdrDS")
    DataSource dataSource;

    @Inject
    Clock clock;

    /** The month the bench subscriptions live in: two years ago, outside the scheduled catch-up. */
    public CreditPeriod period() {
        return CreditPeriod.monthOf(LocalDate.now(clock).minusMonths(Math.max(24, CreditSettings.catchUpMonths() + 2)));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void seed(String stamp, int from, int count) {
        CreditPeriod period = period();
        Timestamp now = Timestamp.from(Instant.now(clock));
        try (Connection c = dataSource.getConnection();
             PreparedStatement tenant = c.prepareStatement("INSERT INTO tenant (id, name, name_key, cloud, region, admin_email, language, "
                     + "created_at, version) VALUES (?, ?, ?, 'COMMERCIAL', 'EU', 'bench@bench.example', 'en', ?, 0)");
             PreparedStatement subscription = c.prepareStatement("INSERT INTO subscription (id, tenant_id, term_start, term_end, seats, "
                     + "credit_policy, status, language, hunting_consent, hunting_consent_at, transacted_by, transacted_at, version) "
                     + "VALUES (?, ?, ?, ?, 10, 'MONTHLY', 'ACTIVE', 'en', TRUE, ?, 'bench', ?, 0)")) {
            for (int i = from; i < from + count; i++) {
                String tenantId = UUID.randomUUID().toString();
                String name = PREFIX + stamp + " " + i;
                tenant.setString(1, tenantId);
                tenant.setString(2, name);
                tenant.setString(3, name.toLowerCase(java.util.Locale.ROOT));
                tenant.setTimestamp(4, now);
                tenant.addBatch();
                subscription.setString(1, UUID.randomUUID().toString());
                subscription.setString(2, tenantId);
                subscription.setDate(3, Date.valueOf(period.start()));
                subscription.setDate(4, Date.valueOf(period.end()));
                subscription.setTimestamp(5, now);
                subscription.setTimestamp(6, now);
                subscription.addBatch();
            }
            tenant.executeBatch();
            subscription.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("bench tenants not seeded: " + e.getMessage(), e);
        }
    }

    /** Removes every bench tenant with its subscription, grants and credits; returns how many tenants. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int removeAll() {
        String bench = "(SELECT id FROM tenant WHERE name_key LIKE 'credit bench %')";
        try (Connection c = dataSource.getConnection()) {
            for (String table : new String[] {"credit_grant", "subscription"}) {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE tenant_id IN " + bench)) {
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM tenant WHERE name_key LIKE 'credit bench %'")) {
                return delete.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("bench tenants not removed: " + e.getMessage(), e);
        }
    }
}
