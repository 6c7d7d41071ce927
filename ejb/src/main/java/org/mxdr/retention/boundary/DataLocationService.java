package org.mxdr.retention.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.mxdr.onboarding.control.Subscriptions;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.onboarding.entity.SubscriptionStatus;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;
import org.mxdr.reports.control.ReportingStores;
import org.mxdr.retention.control.Retentions;
import org.mxdr.retention.entity.LegalHold;
import org.mxdr.retention.entity.Retention;

/** A tenant's Data location: its own users and the provider's roles (experts through a live grant) read it. */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.COMMERCIAL_EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.EXPERT,
        Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER})
public class DataLocationService {
    /** The seed's operational store: the provider's region, whatever the tenant's. */
    public static final Region OPERATIONAL_REGION = Region.US;
    public static final List<String> OPERATIONAL_CLASSES = List.of("case tickets", "analyst notes", "incident chat",
            "questions to the experts", "grants of access", "audit trail", "incidents and response actions", "inventory",
            "contacts", "subscriptions", "users");

    private static final java.time.format.DateTimeFormatter UNTIL =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    @Inject
    Callers callers;

    @Inject
    Tenants tenants;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Retentions retentions;

    @Inject
    ReportingStores reporting;

    @Inject
    Clock clock;

    public DataLocation of(@TenantId String tenantId) {
        callers.requireTenant(tenantId, "read data location");
        Tenant tenant = tenants.find(tenantId);
        Retention retention = retentions.of(tenantId);
        String kept = retention.ended()
                ? "Kept until " + UNTIL.format(retention.retainUntil()) + " (" + retention.graceDays() + " days after the subscription ended), then purged."
                : "Kept while the subscription lasts, then " + retention.graceDays() + " days after it ends, then purged.";
        DataLocation.Store operational = new DataLocation.Store(OPERATIONAL_REGION.name(), OPERATIONAL_REGION.label(),
                "The provider's operational store", OPERATIONAL_CLASSES, kept);
        Region region = tenant.getRegion();
        DataLocation.Store reportingStore = new DataLocation.Store(region.name(), region.label(),
                reporting.storeName(region), List.of("reporting facts of incidents and their rollups"), kept);
        DataLocation.Store hunting = new DataLocation.Store(null, null, "The tenant's own detection platform",
                List.of("hunting data (device, identity and email events)"),
                "Kept by the tenant's detection platform under its own retention settings; the console stores none of it.");
        LegalHold hold = retentions.hold(tenantId);
        SubscriptionStatus status = subscriptions.latest(tenantId).map(s -> s.statusOn(LocalDate.now(clock))).orElse(SubscriptionStatus.NONE);
        DataLocation.Kept keptInfo = new DataLocation.Kept(retention.graceDays(), status.name(), retention.endedAt(), retention.retainUntil(),
                hold != null, hold == null ? null : hold.getReason(), hold == null ? null : hold.getPlacedBy(),
                hold == null ? null : hold.getPlacedAt());
        return new DataLocation(tenant.getId(), tenant.getName(), operational, reportingStore, hunting, keptInfo);
    }
}
