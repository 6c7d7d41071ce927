package org.mxdr.onboarding.view;

import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.access.boundary.ExpertTenant;
import org.mxdr.access.boundary.ExpertTenantService;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.onboarding.boundary.SubscriptionService;
import org.mxdr.onboarding.boundary.SubscriptionSummary;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Role;
import org.mxdr.response.boundary.IncidentQueueService;
import org.mxdr.response.entity.IncidentStatus;

/** The landing page: a tenant user's own tenant and its open incidents, an expert's tenants, or the provider's starting points. */
@Named
@RequestScoped
public class HomeView {
    private static final int GRANTED_SHOWN = 10;

    @Inject
    UserService users;

    @Inject
    TenantService tenants;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    ExpertTenantService expertTenants;

    @Inject
    IncidentQueueService incidents;

    private Caller me;
    private Tenant tenant;
    private SubscriptionSummary subscription;
    private long openIncidents;
    private long awaitingYou;
    private List<ExpertTenant> grantedTenants = List.of();
    private long grantedTenantCount;

    @PostConstruct
    void init() {
        me = users.me();
        if (me.isTenantUser()) {
            tenant = tenants.get(me.tenantId());
            subscription = subscriptions.summary(me.tenantId());
            // one grouped count through the queue's own boundary: what is open, and what waits for the customer's answer
            Map<IncidentStatus, Long> byStatus = incidents.countByStatus(me.tenantId());
            byStatus.forEach((status, count) -> openIncidents += status == IncidentStatus.RESOLVED ? 0 : count);
            awaitingYou = byStatus.getOrDefault(IncidentStatus.AWAITING_CUSTOMER, 0L);
        }
        if (me.is(Role.EXPERT)) {
            grantedTenants = expertTenants.tenants(0, GRANTED_SHOWN);
            grantedTenantCount = expertTenants.count();
        }
    }

    public long getOpenIncidents() {
        return openIncidents;
    }

    public long getAwaitingYou() {
        return awaitingYou;
    }

    /** The first tenants, by name, whose grant lets the expert in now. */
    public List<ExpertTenant> getGrantedTenants() {
        return grantedTenants;
    }

    public long getGrantedTenantCount() {
        return grantedTenantCount;
    }

    public Caller getMe() {
        return me;
    }

    public Tenant getTenant() {
        return tenant;
    }

    public SubscriptionSummary getSubscription() {
        return subscription;
    }
}
