package org.mxdr.response.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.eligibility.control.DevicesReplaced;

/**
 * Keeps each incident's "involves a device in a device group" flag true to the inventory: when a
 * tenant's devices are imported anew (a device moved into or out of a group), its incidents'
 * flags are renewed in the same transaction, so the expert's queue and the access check on
 * opening an incident never disagree.
 */
@Stateless
@PermitAll
public class IncidentDeviceGroups {
    private static final String RENEW = "UPDATE incident SET in_device_group = CASE WHEN EXISTS (SELECT 1 FROM incident_device x "
            + "JOIN device d ON d.tenant_id = incident.tenant_id AND d.external_id = x.device_external_id "
            + "WHERE x.incident_id = incident.id AND d.device_group IS NOT NULL) THEN TRUE ELSE FALSE END WHERE tenant_id = ?1";

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void renew(@Observes DevicesReplaced replaced) {
        em.createNativeQuery(RENEW).setParameter(1, replaced.tenantId()).executeUpdate();
    }
}
