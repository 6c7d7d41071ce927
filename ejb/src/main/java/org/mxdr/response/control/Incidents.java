package org.mxdr.response.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.NotFound;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.ResponseAction;

/** Finds incidents and reads the inventory facts intake needs. Callers checked the rights. */
@Stateless
@PermitAll
public class Incidents {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    /** The incident of this tenant; another tenant's id is a 404, as an unknown one is. */
    public Incident find(String tenantId, String incidentId, boolean lock) {
        Incident incident = incidentId == null ? null
                : em.find(Incident.class, incidentId, lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        if (incident == null || !incident.getTenantId().equals(tenantId)) {
            throw new NotFound("There is no incident with the id '" + incidentId + "' in this tenant.");
        }
        return withAssets(List.of(incident)).get(0);
    }

    /**
     * Loads the incidents' devices and users (lazy collections, fetched in batches) while the
     * transaction lasts: the API and the pages read them after the boundary has returned.
     */
    public List<Incident> withAssets(List<Incident> found) {
        for (Incident incident : found) {
            incident.getDevices();
            incident.getUsers();
        }
        return found;
    }

    public Incident byExternalId(String tenantId, String externalId) {
        return em.createQuery("SELECT i FROM Incident i WHERE i.tenantId = :t AND i.externalId = :e", Incident.class)
                .setParameter("t", tenantId).setParameter("e", externalId).getResultStream().findFirst().orElse(null);
    }

    /**
     * Refuses ids the tenant's inventory lacks, naming them, and answers whether any of the devices
     * belongs to a device group.
     */
    public boolean checkAssets(String tenantId, Collection<String> devices, Collection<String> users) {
        boolean inGroup = false;
        if (devices != null && !devices.isEmpty()) {
            List<Object[]> found = em.createQuery("SELECT d.externalId, d.deviceGroup FROM Device d WHERE d.tenantId = :t AND d.externalId IN :ids",
                    Object[].class).setParameter("t", tenantId).setParameter("ids", devices).getResultList();
            List<String> missing = new ArrayList<>(devices);
            for (Object[] row : found) {
                missing.remove((String) row[0]);
                inGroup |= row[1] != null;
            }
            refuseMissing("devices", "device", missing);
        }
        if (users != null && !users.isEmpty()) {
            List<String> found = em.createQuery("SELECT u.externalId FROM InventoryUser u WHERE u.tenantId = :t AND u.externalId IN :ids",
                    String.class).setParameter("t", tenantId).setParameter("ids", users).getResultList();
            List<String> missing = new ArrayList<>(users);
            missing.removeAll(found);
            refuseMissing("users", "user", missing);
        }
        return inGroup;
    }

    private static void refuseMissing(String field, String kind, List<String> missing) {
        if (!missing.isEmpty()) {
            throw new BadInput(field, "Not a " + kind + " of this tenant's inventory: " + String.join(", ",
                    missing.stream().limit(10).map(id -> "'" + id + "'").toList()) + (missing.size() > 10 ? " and others" : "") + ".");
        }
    }

    public List<ResponseAction> actions(String incidentId) {
        return em.createNamedQuery(ResponseAction.OF_INCIDENT, ResponseAction.class).setParameter("incident", incidentId).getResultList();
    }

    public long openActions(String incidentId) {
        return em.createNamedQuery(ResponseAction.OPEN_OF_INCIDENT, Long.class).setParameter("incident", incidentId).getSingleResult();
    }

    public long cardsWaiting(String incidentId) {
        return em.createNamedQuery(ResponseAction.CARDS_WAITING, Long.class).setParameter("incident", incidentId).getSingleResult();
    }
}
