package org.mxdr.reports.control;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.reports.entity.IncidentFacts;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.ResponseAction;

/**
 * Queues a snapshot of an incident's facts in the transaction of the change: the facts reach the
 * tenant's regional store if and only if the change commits, and a store that is down never
 * fails the change. The incident's row lock, held until the commit, orders the snapshots of one
 * incident as their ids.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ReportingOutbox {
    private static final int ROWS_PER_INSERT = 100;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    /** The incident or one of its actions changed. */
    public void changed(Incident incident) {
        changed(List.of(incident));
    }

    /** Several incidents at once (the backfill's batches): a few queries for all of them. */
    public void changed(List<Incident> incidents) {
        if (incidents.isEmpty()) {
            return;
        }
        // written first, so the lock finds a new incident's row and the snapshot reads what is stored
        em.flush();
        incidents.forEach(i -> em.lock(i, LockModeType.PESSIMISTIC_WRITE));
        Map<String, List<ResponseAction>> actions = em.createQuery("SELECT a FROM ResponseAction a WHERE a.incidentId IN :ids "
                        + "ORDER BY a.requestedAt, a.id", ResponseAction.class)
                .setParameter("ids", incidents.stream().map(Incident::getId).toList()).getResultStream()
                .collect(Collectors.groupingBy(ResponseAction::getIncidentId));
        Map<String, Map<String, String>> devices = new HashMap<>();
        Map<String, Map<String, String>> users = new HashMap<>();
        incidents.stream().collect(Collectors.groupingBy(Incident::getTenantId)).forEach((tenant, ofTenant) -> {
            devices.put(tenant, names("Device", tenant, ofTenant.stream().flatMap(i -> i.getDevices().stream()).collect(Collectors.toSet())));
            users.put(tenant, names("InventoryUser", tenant, ofTenant.stream().flatMap(i -> i.getUsers().stream()).collect(Collectors.toSet())));
        });
        List<Object[]> rows = new ArrayList<>();
        Instant now = Instant.now(clock);
        for (Incident i : incidents) {
            IncidentFacts facts = IncidentFacts.of(i, actions.getOrDefault(i.getId(), List.of()), devices.get(i.getTenantId()),
                    users.get(i.getTenantId()));
            rows.add(new Object[]{i.getTenantId(), em.find(Tenant.class, i.getTenantId()).getRegion().name(), i.getId(), FactsJson.write(facts), now});
        }
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            insert(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT)));
        }
    }

    private void insert(List<Object[]> rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO reporting_event (tenant_id, region, incident_id, payload, created_at) VALUES ");
        for (int r = 0; r < rows.size(); r++) {
            int p = r * 5;
            sql.append(r == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2).append(", ?").append(p + 3)
                    .append(", ?").append(p + 4).append(", ?").append(p + 5).append(')');
        }
        Query insert = em.createNativeQuery(sql.toString());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < 5; c++) {
                insert.setParameter(r * 5 + c + 1, rows.get(r)[c]);
            }
        }
        insert.executeUpdate();
    }

    private Map<String, String> names(String entity, String tenantId, Set<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        List<String> all = new ArrayList<>(externalIds);
        for (int from = 0; from < all.size(); from += 500) {
            Collection<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            em.createQuery("SELECT a.externalId, a.name FROM " + entity + " a WHERE a.tenantId = :t AND a.externalId IN :ids", Object[].class)
                    .setParameter("t", tenantId).setParameter("ids", chunk).getResultStream()
                    .forEach(r -> names.putIfAbsent((String) r[0], (String) r[1]));
        }
        return names;
    }
}
