package org.mxdr.response.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.mxdr.eligibility.entity.AssetName;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.NotFound;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.ResponseAction;

/** Finds incidents and reads the inventory facts intake needs. Callers checked the rights. */
@Stateless
@PermitAll
public class Incidents {
    private static final String DEVICE_NAMES = "SELECT d.externalId, d.name FROM Device d WHERE d.tenantId = :t AND d.externalId IN :ids";
    private static final String USER_NAMES = "SELECT u.externalId, u.name FROM InventoryUser u WHERE u.tenantId = :t AND u.externalId IN :ids";

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    /**
     * The incident of this tenant, by its id or its short id ({@code INC-1042}); another tenant's id
     * is a 404, as an unknown one is.
     */
    public Incident find(String tenantId, String incidentId, boolean lock) {
        LockModeType mode = lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE;
        OptionalLong number = Incident.numberOf(incidentId);
        Incident incident = incidentId == null ? null
                : number.isPresent() ? byNumber(tenantId, number.getAsLong(), mode)
                : em.find(Incident.class, incidentId, mode);
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

    private Incident byNumber(String tenantId, long number, LockModeType mode) {
        return em.createQuery("SELECT i FROM Incident i WHERE i.tenantId = :t AND i.number = :n", Incident.class)
                .setParameter("t", tenantId).setParameter("n", number).setLockMode(mode).getResultStream().findFirst().orElse(null);
    }

    /** The tenant's next incident number; callers hold the tenant's lock, so two intakes never draw the same one. */
    public long nextNumber(String tenantId) {
        Long highest = em.createQuery("SELECT MAX(i.number) FROM Incident i WHERE i.tenantId = :t", Long.class)
                .setParameter("t", tenantId).getSingleResult();
        return highest == null ? 1 : highest + 1;
    }

    /** The inventory's names of the incident's devices, by external id (one query; none when it has no devices). */
    public Map<String, String> deviceNames(Incident incident) {
        return names(DEVICE_NAMES, incident.getTenantId(), incident.getDevices());
    }

    public Map<String, String> userNames(Incident incident) {
        return names(USER_NAMES, incident.getTenantId(), incident.getUsers());
    }

    /** The action's target as people know it ("WS-0008 (dev-0008)"), for mails and pages outside the incident. */
    public String targetName(ResponseAction action) {
        return targetNames(action.getTenantId(), List.of(action)).get(action.getId());
    }

    /** The targets of the tenant's actions as people know them, by action id: one query for devices, one for users. */
    public Map<String, String> targetNames(String tenantId, Collection<ResponseAction> actions) {
        Map<Boolean, Set<String>> targets = actions.stream()
                .collect(Collectors.partitioningBy(a -> a.getType().onUser(), Collectors.mapping(ResponseAction::getTarget, Collectors.toSet())));
        Map<String, String> devices = names(DEVICE_NAMES, tenantId, targets.get(false));
        Map<String, String> users = names(USER_NAMES, tenantId, targets.get(true));
        Map<String, String> named = new HashMap<>();
        for (ResponseAction a : actions) {
            named.put(a.getId(), AssetName.of((a.getType().onUser() ? users : devices).get(a.getTarget()), a.getTarget()));
        }
        return named;
    }

    /** The tenant's incidents of these ids, by id, in one query; their devices and users are not loaded. */
    public Map<String, Incident> byIds(String tenantId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT i FROM Incident i WHERE i.tenantId = :t AND i.id IN :ids", Incident.class).setParameter("t", tenantId)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(Incident::getId, i -> i));
    }

    private Map<String, String> names(String query, String tenantId, Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(query, Object[].class).setParameter("t", tenantId).setParameter("ids", ids).getResultList()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
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
