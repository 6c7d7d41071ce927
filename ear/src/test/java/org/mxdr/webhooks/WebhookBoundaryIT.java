package org.mxdr.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.Callable;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.Role;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.OncePerClass;
import org.mxdr.testing.RoleWorld;
import org.mxdr.webhooks.boundary.WebhookService;
import org.mxdr.webhooks.control.WebhookEndpoints;
import org.mxdr.webhooks.entity.WebhookEndpoint;

/**
 * The webhook boundary's rules in the EJB layer: only the tenant's own admin reaches its
 * endpoints, role by role, with 403 for another tenant and 404 for another tenant's endpoint
 * ids; URLs into private networks are refused on {@code url} unless the operator allows them.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(OncePerClass.class)
class WebhookBoundaryIT {
    private static final List<String> EVENTS = List.of("incident.created");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(WebhookBoundaryIT.class);
    }

    @Inject
    WebhookService webhooks;

    @Inject
    WebhookEndpoints endpoints;

    @Inject
    UserTransaction tx;

    RoleWorld world;

    @Test
    void everyRoleButTheTenantsOwnAdminIsRefusedEachWebhookCall() throws Exception {
        String a = world.tenantA();
        String id = aWebhookOfTenantA();
        for (Role role : Role.values()) {
            List<Callable<?>> calls = List.of(() -> webhooks.list(a), () -> webhooks.get(a, id),
                    () -> webhooks.register(a, "http://127.0.0.1:9/other", EVENTS, false),
                    () -> webhooks.change(a, id, null, null, false), () -> webhooks.deliveries(a, id, null, 10));
            for (Callable<?> call : calls) {
                if (role == Role.TENANT_ADMIN) {
                    world.as(role, call);
                } else {
                    assertThrows(EJBAccessException.class, () -> world.as(role, call), role.name());
                }
            }
            if (role != Role.TENANT_ADMIN) {
                assertThrows(EJBAccessException.class, () -> world.as(role, () -> {
                    webhooks.remove(a, id);
                    return null;
                }), role.name());
            }
        }
        assertThrows(EJBAccessException.class, () -> webhooks.list(a), "anonymous");
    }

    @Test
    void theTenantAdminIsRefusedInAnotherTenantAndItsEndpointsAreUnknownUnderItsOwn() throws Exception {
        String a = world.tenantA();
        String id = aWebhookOfTenantA();
        // tenant A's admin in tenant B: 403; tenant B's endpoint asked for under tenant A, the admin's own tenant: 404
        String b = world.tenantB();
        assertThrows(AccessDenied.class, () -> world.as(Role.TENANT_ADMIN, () -> webhooks.list(b)));
        assertThrows(AccessDenied.class, () -> world.as(Role.TENANT_ADMIN, () -> webhooks.register(b, "http://127.0.0.1:9/x", EVENTS, true)));
        assertThrows(AccessDenied.class, () -> world.as(Role.TENANT_ADMIN, () -> webhooks.deliveries(b, id, null, 10)));
        tx.begin();
        String theirs = endpoints.register("test", b, "http://127.0.0.1:9/b", EVENTS, false).getId();
        tx.commit();
        assertThrows(NotFound.class, () -> world.as(Role.TENANT_ADMIN, () -> webhooks.get(a, theirs)));
        assertThrows(NotFound.class, () -> world.as(Role.TENANT_ADMIN, () -> webhooks.deliveries(a, theirs, null, 10)));
        assertThrows(NotFound.class, () -> world.as(Role.TENANT_ADMIN, () -> webhooks.change(a, theirs, null, null, true)));
        assertThrows(NotFound.class, () -> world.as(Role.TENANT_ADMIN, () -> webhooks.get(a, "no-such-endpoint")));
        assertThrows(NotFound.class, () -> world.as(Role.TENANT_ADMIN, () -> webhooks.redeliver(a, id, "no-such-delivery")));
    }

    @Test
    void theTenantAdminRemovesAWebhookAndItIsNotFoundAfter() throws Exception {
        String a = world.tenantA();
        String id = aWebhookOfTenantA();
        world.as(Role.TENANT_ADMIN, () -> {
            webhooks.remove(a, id);
            return null;
        });
        assertThrows(NotFound.class, () -> world.as(Role.TENANT_ADMIN, () -> webhooks.get(a, id)));
    }

    @Test
    void urlsIntoPrivateNetworksAreRefusedUnlessTheOperatorAllowsThem() throws Exception {
        String a = world.tenantA();
        List<String> refused = List.of("http://127.0.0.1/in", "http://localhost:8080/mxdr", "http://10.0.0.8/in", "http://172.16.0.1/in",
                "http://192.168.1.20/in", "http://169.254.169.254/latest/meta-data", "http://[::1]/in", "http://[fe80::1]/in",
                "http://[fd00::5]/in", "http://[::ffff:127.0.0.1]/in", "http://[::ffff:a9fe:a9fe]/in", "http://0.0.0.0/in");
        System.setProperty("mxdr.webhook.allow.private", "false");
        try {
            for (String url : refused) {
                BadInput e = assertThrows(BadInput.class, () -> world.as(Role.TENANT_ADMIN, () -> webhooks.register(a, url, EVENTS, true)), url);
                assertEquals("url", e.field(), url);
            }
        } finally {
            System.clearProperty("mxdr.webhook.allow.private");
        }
        for (String url : List.of("ftp://127.0.0.1/in", "javascript:alert(1)", "not a url", "https://user:pw@127.0.0.1/in")) {
            assertEquals("url", assertThrows(BadInput.class, () -> world.as(Role.TENANT_ADMIN, () -> webhooks.register(a, url, EVENTS, true)))
                    .field(), url);
        }
        assertEquals("events", assertThrows(BadInput.class, () -> world.as(Role.TENANT_ADMIN,
                () -> webhooks.register(a, "http://127.0.0.1:9/in", List.of("incident.exploded"), true))).field());
        // allowed on this test server: the same private URL registers
        WebhookEndpoint allowed = world.as(Role.TENANT_ADMIN, () -> webhooks.register(a, "http://127.0.0.1:9/in", EVENTS, false));
        world.as(Role.TENANT_ADMIN, () -> {
            webhooks.remove(a, allowed.getId());
            return null;
        });
    }

    /** An endpoint of tenant A registered by its admin, for one test alone. */
    private String aWebhookOfTenantA() throws Exception {
        return world.as(Role.TENANT_ADMIN, () -> webhooks.register(world.tenantA(), "http://127.0.0.1:9/in", EVENTS, false)).getId();
    }
}
