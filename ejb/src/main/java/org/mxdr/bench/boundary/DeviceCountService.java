package org.mxdr.bench.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.platform.Roles;

/** bench/eligibility's yardstick, for the provider admin: one plain COUNT(*) over every tenant's devices. */
@Stateless
@RolesAllowed(Roles.PROVIDER_ADMIN)
public class DeviceCountService {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    /** Times one plain COUNT(*) over the devices table: the figure the bench prints next to the eligibility call. */
    public CountProbe countAllDevices() {
        long start = System.nanoTime();
        long devices = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM device").getSingleResult()).longValue();
        return new CountProbe(devices, (System.nanoTime() - start) / 1_000_000.0);
    }
}
