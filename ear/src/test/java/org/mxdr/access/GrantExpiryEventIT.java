package org.mxdr.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.access.control.GrantExpiry;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;
import org.mxdr.testing.GrantedTenants.Tenant;
import org.mxdr.testing.TestClock;
import org.mxdr.webhooks.boundary.WebhookService;

/**
 * A grant that runs out by time tells the tenant's systems once: one grant.changed event (change
 * EXPIRED, no access) with a delivery to each subscribed endpoint, however many sweeps run and on
 * however many nodes at once; nothing before the expiry.
 */
@ExtendWith(ArquillianExtension.class)
class GrantExpiryEventIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(GrantExpiryEventIT.class);
    }

    @Inject
    GrantedTenants grants;

    @Inject
    GrantExpiry expiry;

    @Inject
    WebhookService webhooks;

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    @Test
    void aTimedExpiryPublishesGrantChangedOnceAcrossNodes() throws Exception {
        Tenant t = grants.granted("Expiry event " + Fixtures.unique(), true, true, true);
        String endpoint = GrantedTenants.asAdminOf(t, () -> webhooks.register(t.id(), "http://127.0.0.1:9/in", List.of("grant.changed"), true))
                .getId();
        Instant expiresAt = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        grants.change(t, true, true, expiresAt);
        assertEquals(List.of("CHANGED"), changes(t.id()), "the admin's change, told at once");

        TestClock.fixAt(expiresAt.minusMillis(1));
        expiry.recordDue();
        assertEquals(List.of("CHANGED"), changes(t.id()), "nothing before the expiry");

        // two nodes sweep at the same moment, then again later: the grant's version lets one record it
        TestClock.fixAt(expiresAt);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sweeps = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sweeps.add(nodes.submit((Callable<Integer>) expiry::recordDue));
            }
            for (Future<Integer> sweep : sweeps) {
                sweep.get();
            }
        } finally {
            nodes.shutdown();
        }
        expiry.recordDue();
        TestClock.fixAt(expiresAt.plus(1, ChronoUnit.HOURS));
        expiry.recordDue();

        assertEquals(List.of("CHANGED", "EXPIRED"), changes(t.id()), "the expiry told once");
        JsonObject expired = events(t.id()).get(1);
        assertFalse(expired.getBoolean("serviceProviderAccess"), expired.toString());
        assertEquals(expiresAt.toString(), expired.getString("expiresAt"));
        assertEquals(2L, count("SELECT COUNT(*) FROM webhook_delivery WHERE endpoint_id = ?", endpoint), "a delivery of each event");
    }

    private static List<String> changes(String tenantId) throws Exception {
        return events(tenantId).stream().map(e -> e.getString("change")).toList();
    }

    /** The tenant's grant.changed events' data, oldest first. */
    private static List<JsonObject> events(String tenantId) throws Exception {
        List<JsonObject> events = new ArrayList<>();
        try (Connection c = operational().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT data FROM webhook_event WHERE tenant_id = ? AND type = 'grant.changed' ORDER BY occurred_at, id")) {
            s.setString(1, tenantId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    events.add(Json.createReader(new StringReader(r.getString(1))).readObject());
                }
            }
        }
        // the first grant came before the change under test
        return events.stream().filter(e -> !"GRANTED".equals(e.getString("change"))).toList();
    }

    private static long count(String sql, String arg) throws Exception {
        try (Connection c = operational().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static DataSource operational() throws Exception {
        return InitialContext.doLookup("java:jboss/datasources/MxdrDS");
    }
}
