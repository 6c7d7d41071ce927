package org.mxdr.reports.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.platform.health.Vitals;

/**
 * The reporting datasource of each region (wildfly-config/datasource-reporting.cli), its schema
 * migrated on first use so a store that is down at start stops nothing. Remembers which stores
 * are down so the log says so once when one goes down and once when it returns.
 */
@ApplicationScoped
public class RegionalStores {
    public static final String JNDI_PREFIX = "java:jboss/datasources/MxdrReporting";
    private static final Logger LOG = Logger.getLogger(RegionalStores.class.getName());

    private final Set<Region> migrated = ConcurrentHashMap.newKeySet();
    private final Set<Region> down = ConcurrentHashMap.newKeySet();

    @Inject
    Vitals vitals;

    /** A connection to the region's store, its schema up to date; the caller closes it. */
    public Connection open(Region region) {
        try {
            DataSource ds = dataSource(region);
            if (!migrated.contains(region)) {
                migrate(region, ds);
            }
            Connection c = ds.getConnection();
            returned(region);
            return c;
        } catch (StoreDown e) {
            throw e;
        } catch (SQLException | NamingException | RuntimeException e) {
            throw failed(region, e);
        }
    }

    /** Whether the region's store answers now. */
    public boolean available(Region region) {
        try (Connection c = open(region)) {
            if (c.isValid(2)) {
                return true;
            }
            failed(region, new SQLException("the connection is not valid"));
            return false;
        } catch (StoreDown | SQLException e) {
            return false;
        }
    }

    /** Records that a store failed during use; logs only when it was up until now. */
    public StoreDown failed(Region region, Exception cause) {
        vitals.store(region.name(), false);
        if (down.add(region)) {
            LOG.warning(() -> "Reporting store " + region + " is unavailable; its facts wait in the outbox until it returns: " + cause);
        }
        return cause instanceof StoreDown s ? s : new StoreDown(region, cause);
    }

    private void returned(Region region) {
        vitals.store(region.name(), true);
        if (down.remove(region)) {
            LOG.info(() -> "Reporting store " + region + " is available again; the relay catches up");
        }
    }

    private void migrate(Region region, DataSource ds) {
        synchronized (migrated) {
            if (migrated.contains(region)) {
                return;
            }
            var result = Flyway.configure(getClass().getClassLoader()).dataSource(ds).locations("classpath:db/reporting")
                    .javaMigrations(new DailyFiguresMigration()).load().migrate();
            migrated.add(region);
            LOG.info(() -> "Reporting store " + region + " schema up to date (" + result.migrationsExecuted + " migrations applied now)");
        }
    }

    private static DataSource dataSource(Region region) throws NamingException {
        return InitialContext.doLookup(JNDI_PREFIX + region.name());
    }
}
