package org.mxdr.onboarding.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.identity.boundary.UserService;
import org.mxdr.onboarding.boundary.SubscriptionService;
import org.mxdr.onboarding.boundary.SubscriptionSummary;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.Caller;

/** The landing page: a tenant user's own tenant, or the provider's starting points. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    UserService users;

    @Inject
    TenantService tenants;

    @Inject
    SubscriptionService subscriptions;

    private Caller me;
    private Tenant tenant;
    private SubscriptionSummary subscription;

    @PostConstruct
    void init() {
        me = users.me();
        if (me.isTenantUser()) {
            tenant = tenants.get(me.tenantId());
            subscription = subscriptions.summary(me.tenantId());
        }
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
