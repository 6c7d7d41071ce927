package org.mxdr.response.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.mxdr.access.control.AccessControl;
import org.mxdr.access.entity.Operation;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Role;
import org.mxdr.response.entity.Incident;

/**
 * Who reaches an incident: a tenant user in its own tenant; an expert when the access control
 * allows the operation on the incident's devices and users (first on the tenant, so an expert
 * without a grant learns nothing of the incident, not even whether it exists).
 */
@Stateless
@PermitAll
public class IncidentReach {

    @Inject
    Callers callers;

    @Inject
    AccessControl access;

    @Inject
    Incidents incidents;

    public Incident reach(Caller caller, String tenantId, String incidentId, Operation operation, boolean lock) {
        if (caller.is(Role.EXPERT)) {
            access.require(caller.username(), tenantId, operation);
            Incident incident = incidents.find(tenantId, incidentId, lock);
            access.require(caller.username(), tenantId, operation, incident.getDevices(), incident.getUsers());
            return incident;
        }
        callers.requireTenant(caller, tenantId, "incident " + operation.name().toLowerCase());
        return incidents.find(tenantId, incidentId, lock);
    }

    /**
     * Who reads a tenant's incident queue, the caller and the grant read once: true when the reader
     * is an expert whose grant withholds the devices in device groups.
     */
    public boolean queue(String tenantId) {
        Caller caller = callers.current();
        if (caller.is(Role.EXPERT)) {
            return !access.require(caller.username(), tenantId, Operation.READ_INCIDENTS).allDevices();
        }
        callers.requireTenant(caller, tenantId, "read incidents");
        access.requireExisting(tenantId);
        return false;
    }
}
