package org.mxdr.reports.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.onboarding.entity.Region;

/**
 * One delivery of a region's oldest outbox events, in a transaction of its own: the region's relay
 * row is locked first, so of several servers one delivers a region at a time, in id order; the
 * events are written to the store and then deleted from the outbox. A crash between the two
 * delivers them again, which the store's version guard ignores.
 */
@Stateless
@PermitAll
public class RelayPass {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    RegionalStores stores;

    @Resource
    SessionContext context;

    /**
     * Delivers up to {@code max} events of the region; answers how many left the outbox (0 when
     * none waits, another server holds the region, or the store is down). {@code wait} waits for
     * the region's lock instead of leaving the region to the server that holds it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deliver(Region region, int max, boolean wait) {
        List<?> held = em.createNativeQuery("SELECT region FROM reporting_relay WHERE region = ?1 FOR UPDATE" + (wait ? "" : " SKIP LOCKED"))
                .setParameter(1, region.name()).getResultList();
        if (held.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, tenant_id, incident_id, payload FROM reporting_event WHERE region = ?1 "
                + "ORDER BY id FETCH FIRST " + max + " ROWS ONLY FOR UPDATE").setParameter(1, region.name()).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<FactWriter.Event> events = rows.stream()
                .map(r -> new FactWriter.Event(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3])).toList();
        try (Connection c = stores.open(region)) {
            FactWriter.apply(c, events);
        } catch (StoreDown e) {
            context.setRollbackOnly();
            return 0;
        } catch (SQLException e) {
            stores.failed(region, e);
            context.setRollbackOnly();
            return 0;
        }
        // by id, not by range: an event of a transaction still open may hold an id in between; the
        // range only lets any plan of the statement find the rows through the primary key
        em.createNativeQuery("DELETE FROM reporting_event WHERE id >= ?1 AND id <= ?2 AND id IN (?3)")
                .setParameter(1, events.get(0).id()).setParameter(2, events.get(events.size() - 1).id())
                .setParameter(3, events.stream().map(FactWriter.Event::id).toList()).executeUpdate();
        return events.size();
    }
}
