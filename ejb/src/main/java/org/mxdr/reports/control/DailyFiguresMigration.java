package org.mxdr.reports.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/** Version 3 of a reporting store: counts the days of every tenant whose rows the store held before V2 kept days. */
final class DailyFiguresMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("4");
    }

    @Override
    public String getDescription() {
        return "daily figures of the rows already held";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<String> tenants = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT tenant_id FROM rpt_incident UNION SELECT tenant_id FROM rpt_action")) {
            while (r.next()) {
                tenants.add(r.getString(1));
            }
        }
        for (String tenant : tenants) {
            DailyFigures.recountAll(c, tenant);
        }
    }
}
