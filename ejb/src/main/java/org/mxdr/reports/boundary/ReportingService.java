package org.mxdr.reports.boundary;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.mxdr.onboarding.entity.Region;
import org.mxdr.platform.Roles;
import org.mxdr.reports.control.ReportingRelay;
import org.mxdr.reports.control.ReportingStores;

/**
 * The provider admin's handle on the reporting stores: which answer now, and running the relay
 * and the backfill at once instead of at the next tick (what the timer does every few seconds).
 */
@Stateless
@RolesAllowed(Roles.PROVIDER_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportingService {

    /** A region's store, named as the Data location page names it, and whether it answers now. */
    public record StoreState(Region region, String name, boolean available) {
    }

    @Inject
    ReportingStores stores;

    @Inject
    ReportingRelay relay;

    public List<StoreState> stores() {
        return Arrays.stream(Region.values()).map(r -> new StoreState(r, stores.storeName(r), stores.available(r))).toList();
    }

    /** Delivers every outbox event whose store answers; answers how many left the outbox. */
    public long deliver() {
        return relay.deliver(true);
    }

    /** Queues what the backfill of existing incidents has left (nothing once it finished). */
    public long backfill() {
        return relay.backfill(true);
    }
}
