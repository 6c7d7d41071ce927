package org.mxdr.testing;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.mxdr.testing.Api.Reply;

/** The commercial path through the API as a client drives it: subscriptions, tenants' details, the test clock. */
public final class Commercial {
    public static final String CLOCK = "/test/clock";

    private Commercial() {
    }

    public static String subscriptionJson(LocalDate start, LocalDate end, Integer seats, String policy) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        nullable(body, "termStart", start);
        nullable(body, "termEnd", end);
        if (seats == null) {
            body.addNull("seats");
        } else {
            body.add("seats", seats);
        }
        if (policy != null) {
            body.add("creditPolicy", policy);
        }
        return body.build().toString();
    }

    /** A year from today with 100 seats, the monthly credit policy. */
    public static String aYear() {
        LocalDate today = LocalDate.now();
        return subscriptionJson(today, today.plusYears(1).minusDays(1), 100, "MONTHLY");
    }

    public static Reply subscribe(String tenantId, String user, String password, String json) {
        return Api.post("/tenants/" + tenantId + "/subscription", user, password, json);
    }

    public static Reply terminate(String tenantId, String user, String password) {
        return Api.post("/tenants/" + tenantId + "/subscription/termination", user, password, null);
    }

    /** A commercial executive of its own, created for the call. */
    public static String newCommercialExecutive() {
        return Api.createUser("ce-" + Fixtures.unique(), "commercial-executive", null);
    }

    public static String adminEmail(String tenantId) {
        return Api.get("/tenants/" + tenantId, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD).field("adminEmail");
    }

    /** Fixes the server's clock (needs {@link TestClockResource} in the deployment). */
    public static void fixClock(Instant at) {
        Reply r = Api.send("PUT", CLOCK + "?at=" + at, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, null);
        if (r.status() != 204) {
            throw new IllegalStateException("clock not fixed: " + r);
        }
    }

    public static void resetClock() {
        Api.send("DELETE", CLOCK, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, null);
    }

    private static void nullable(JsonObjectBuilder body, String name, LocalDate date) {
        if (date == null) {
            body.addNull(name);
        } else {
            body.add(name, date.toString());
        }
    }
}
