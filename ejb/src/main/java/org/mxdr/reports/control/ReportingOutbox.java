package org.mxdr.reports.control;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

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

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    /** The incident or one of its actions changed. */
    public void changed(Incident incident) {
        // written first, so the lock finds a new incident's row and the snapshot reads what is stored
        em.flush();
        em.lock(incident, LockModeType.PESSIMISTIC_WRITE);
        Tenant tenant = em.find(Tenant.class, incident.getTenantId());
        List<ResponseAction> actions = em.createNamedQuery(ResponseAction.OF_INCIDENT, ResponseAction.class)
                .setParameter("incident", incident.getId()).getResultList();
        IncidentFacts facts = IncidentFacts.of(incident, actions, names("Device", incident.getTenantId(), incident.getDevices()),
                names("InventoryUser", incident.getTenantId(), incident.getUsers()));
        em.createNativeQuery("INSERT INTO reporting_event (tenant_id, region, incident_id, payload, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, incident.getTenantId()).setParameter(2, tenant.getRegion().name()).setParameter(3, incident.getId())
                .setParameter(4, FactsJson.write(facts)).setParameter(5, Instant.now(clock)).executeUpdate();
    }

    private Map<String, String> names(String entity, String tenantId, Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT a.externalId, a.name FROM " + entity + " a WHERE a.tenantId = :t AND a.externalId IN :ids", Object[].class)
                .setParameter("t", tenantId).setParameter("ids", externalIds).getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1], (a, b) -> a));
    }
}
