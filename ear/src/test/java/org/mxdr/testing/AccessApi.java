package org.mxdr.testing;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.mxdr.testing.Api.Reply;

/**
 * The experts' access set up through REST API v1 as a client scripts it: a subscribed tenant whose
 * inventory has a device in a device group, and its own admin; an incident contact; a grant.
 * Shared by the access and the response API tests (the in-container twin is {@link GrantedTenants}).
 */
public final class AccessApi {
    private static final String PW = Fixtures.PASSWORD;
    /** Eligible, with a device in group Finance, one in no group, and a user in group Finance Users. */
    public static final String INVENTORY = """
            {"licenses":[{"product":"DEFENDER_FOR_ENDPOINT_P2","seats":10},{"product":"DEFENDER_ANTIVIRUS","seats":10},
              {"product":"AZURE_AD_PREMIUM_P1","seats":10}],
             "users":[{"externalId":"u-fin","name":"Finance User","licenses":["AZURE_AD_PREMIUM_P1"],"userGroup":"Finance Users"},
              {"externalId":"u-free","name":"Plain User","licenses":["AZURE_AD_PREMIUM_P1"]}],
             "devices":[{"externalId":"d-fin","name":"FIN-1","os":"Windows 11","eligible":true,"onboarded":true,"avMode":"ACTIVE","deviceGroup":"Finance"},
              {"externalId":"d-free","name":"FREE-1","os":"Windows 11","eligible":true,"onboarded":true,"avMode":"ACTIVE"}]}
            """;

    private AccessApi() {
    }

    /** A subscribed tenant of one test and its own admin. */
    public record Tenant(String id, String admin) {
        public String path(String rest) {
            return "/tenants/" + id + rest;
        }
    }

    /** A tenant with {@link #INVENTORY}, subscribed by the commercial executive from yesterday for a year, with its own admin. */
    public static Tenant subscribedTenant(String name, String commercialExecutive) {
        String id = Api.createTenant(name + " " + Fixtures.unique(), "COMMERCIAL", "EU");
        expect(200, Api.send("PUT", "/tenants/" + id + "/inventory", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, INVENTORY));
        subscribe(id, commercialExecutive);
        return new Tenant(id, Api.createUser("ta-" + Fixtures.unique(), "tenant-admin", id));
    }

    public static void subscribe(String tenantId, String commercialExecutive) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        expect(201, Commercial.subscribe(tenantId, commercialExecutive, PW, Commercial.subscriptionJson(today.minusDays(1), today.plusYears(1), 10, null)));
    }

    /** Adds an incident-notification contact as the tenant's admin and returns its email. */
    public static String addIncidentContact(Tenant t) {
        String email = "desk-" + Fixtures.unique() + "@example.org";
        expect(201, Api.post(t.path("/contacts"), t.admin(), PW, contactJson("Incident desk", email, null, true, false)));
        return email;
    }

    /** An incident contact and the grant (PUT /permissions with this body) as the tenant's admin. */
    public static void grant(Tenant t, String permissionsJson) {
        addIncidentContact(t);
        expect(200, Api.send("PUT", t.path("/permissions"), t.admin(), PW, permissionsJson));
    }

    public static String contactJson(String name, String email, String phone, boolean incidents, boolean reviews) {
        JsonObjectBuilder contact = Json.createObjectBuilder().add("name", name).add("email", email);
        if (phone != null) {
            contact.add("phone", phone);
        }
        return contact.add("incidentNotification", incidents).add("serviceReview", reviews).build().toString();
    }

    private static Reply expect(int status, Reply reply) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ": " + reply.raw().request().method() + " " + reply.raw().request().uri() + " " + reply);
        }
        return reply;
    }
}
