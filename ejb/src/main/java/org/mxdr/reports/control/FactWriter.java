package org.mxdr.reports.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.mxdr.reports.entity.DayTally;
import org.mxdr.reports.entity.IncidentFacts;

/**
 * Applies a batch of snapshots to a reporting store in one transaction of its own: per incident
 * only the newest snapshot of the batch, and only when it is newer than the stored one (the
 * version guard), so a batch delivered again, or an old one after a newer, changes nothing. The
 * days whose figures the batch changes are recounted in the same transaction ({@link DailyFigures}).
 */
final class FactWriter {
    /** One outbox event: its id is the snapshot's version. */
    record Event(long id, String tenantId, String incidentId, String payload) {
    }

    private FactWriter() {
    }

    /** Answers how many incidents' rows were written. */
    static int apply(Connection c, List<Event> events) throws SQLException {
        Map<String, Event> newest = new LinkedHashMap<>();
        events.forEach(e -> newest.merge(e.incidentId(), e, (a, b) -> a.id() >= b.id() ? a : b));
        c.setAutoCommit(false);
        try {
            Map<String, Stored> stored = stored(c, newest.keySet());
            List<Event> fresh = newest.values().stream()
                    .filter(e -> !stored.containsKey(e.incidentId()) || stored.get(e.incidentId()).version() < e.id()).toList();
            // only incidents the store holds have rows to replace: a new one (a backfill) deletes nothing
            List<String> ids = fresh.stream().map(Event::incidentId).filter(stored::containsKey).toList();
            // the days whose figures change: those of the rows replaced and those of the rows written
            Map<String, Set<LocalDate>> days = new TreeMap<>();
            for (String id : ids) {
                Stored old = stored.get(id);
                touch(days, old.tenantId(), old.createdAt(), old.resolvedAt());
                touch(days, old.tenantId(), answered(c, id).toArray(Instant[]::new));
            }
            delete(c, "rpt_incident_asset", ids);
            delete(c, "rpt_action", ids);
            delete(c, "rpt_incident", ids);
            for (IncidentFacts f : insert(c, fresh)) {
                touch(days, f.tenantId(), f.createdAt(), f.resolvedAt());
                touch(days, f.tenantId(), f.actions().stream().map(IncidentFacts.Action::answeredAt).toArray(Instant[]::new));
            }
            for (Map.Entry<String, Set<LocalDate>> tenant : days.entrySet()) {
                DailyFigures.recount(c, tenant.getKey(), tenant.getValue());
            }
            c.commit();
            return fresh.size();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** An incident's row as the store holds it: its snapshot's version and the days it counts on. */
    private record Stored(long version, String tenantId, Instant createdAt, Instant resolvedAt) {
    }

    // one key per statement: a plan cached for a long IN list (the driver prepares on the server) may
    // scan the whole table once it has grown; a primary key lookup never does
    private static Map<String, Stored> stored(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT version, tenant_id, created_at, resolved_at FROM rpt_incident WHERE incident_id = ?")) {
            for (String id : ids) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        stored.put(id, new Stored(r.getLong(1), r.getString(2), DailyFigures.instant(r, 3), DailyFigures.instant(r, 4)));
                    }
                }
            }
        }
        return stored;
    }

    private static List<Instant> answered(Connection c, String incidentId) throws SQLException {
        List<Instant> answered = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT answered_at FROM rpt_action WHERE incident_id = ? AND answered_at IS NOT NULL")) {
            s.setString(1, incidentId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    answered.add(DailyFigures.instant(r, 1));
                }
            }
        }
        return answered;
    }

    private static void touch(Map<String, Set<LocalDate>> days, String tenantId, Instant... times) {
        for (Instant t : times) {
            if (t != null) {
                days.computeIfAbsent(tenantId, k -> new TreeSet<>()).add(DayTally.day(t));
            }
        }
    }

    private static void delete(Connection c, String table, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE incident_id = ?")) {
            for (String id : ids) {
                s.setString(1, id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Answers the facts written. */
    private static List<IncidentFacts> insert(Connection c, List<Event> events) throws SQLException {
        List<IncidentFacts> written = new ArrayList<>();
        try (PreparedStatement inc = c.prepareStatement("INSERT INTO rpt_incident (incident_id, tenant_id, version, external_id, title, severity, "
                + "category, tactic, status, classification, resolution, created_at, taken_at, classified_at, resolved_at, "
                + "awaiting_customer_since, customer_ms, resolve_ms, expert_ms, cards, cards_open, sla_met) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement asset = c.prepareStatement("INSERT INTO rpt_incident_asset (incident_id, tenant_id, kind, external_id, name, "
                     + "created_at) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement action = c.prepareStatement("INSERT INTO rpt_action (action_id, incident_id, tenant_id, action_type, target, "
                     + "state, recommended, requested_at, answered_at, answer_ms, incident_created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Event e : events) {
                IncidentFacts f = FactsJson.read(e.payload());
                written.add(f);
                if (!f.tenantId().equals(e.tenantId())) {
                    throw new IllegalStateException("Event " + e.id() + " carries facts of another tenant");
                }
                Object[] row = {f.incidentId(), f.tenantId(), e.id(), f.externalId(), f.title(), f.severity(), f.category(), f.tactic(),
                        f.status(), f.classification(), f.resolution(), f.createdAt(), f.takenAt(), f.classifiedAt(), f.resolvedAt(),
                        f.awaitingCustomerSince(), f.customerMs(), f.resolveMs(), f.expertMs(), f.cards(), f.cardsOpen(), f.slaMet()};
                add(inc, row);
                for (IncidentFacts.Asset a : f.assets()) {
                    add(asset, new Object[]{f.incidentId(), f.tenantId(), a.kind(), a.externalId(), a.name(), f.createdAt()});
                }
                for (IncidentFacts.Action a : f.actions()) {
                    add(action, new Object[]{a.actionId(), f.incidentId(), f.tenantId(), a.type(), a.target(), a.state(), a.recommended(),
                            a.requestedAt(), a.answeredAt(), a.answerMs(), f.createdAt()});
                }
            }
            inc.executeBatch();
            asset.executeBatch();
            action.executeBatch();
        }
        return written;
    }

    private static void add(PreparedStatement s, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            if (v == null) {
                s.setNull(i + 1, Types.NULL);
            } else if (v instanceof Instant t) {
                s.setObject(i + 1, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
            } else {
                s.setObject(i + 1, v);
            }
        }
        s.addBatch();
    }
}
