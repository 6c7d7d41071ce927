package org.mxdr.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/** Builds inventory bodies of PUT /tenants/{t}/inventory, and CSV files, the way the platform sends them. */
public final class Inventories {
    private final JsonArrayBuilder licenses = Json.createArrayBuilder();
    private final JsonArrayBuilder users = Json.createArrayBuilder();
    private final JsonArrayBuilder devices = Json.createArrayBuilder();

    public static Inventories create() {
        return new Inventories();
    }

    public Inventories license(String product, int seats) {
        licenses.add(Json.createObjectBuilder().add("product", product).add("seats", seats));
        return this;
    }

    public Inventories user(String externalId, String name, String... products) {
        JsonArrayBuilder licensed = Json.createArrayBuilder();
        for (String product : products) {
            licensed.add(product);
        }
        users.add(Json.createObjectBuilder().add("externalId", externalId).add("name", name).add("licenses", licensed));
        return this;
    }

    public Inventories device(String externalId, boolean eligible, boolean onboarded, String avMode) {
        devices.add(Json.createObjectBuilder().add("externalId", externalId).add("name", "HOST-" + externalId).add("os", "Windows 11")
                .add("eligible", eligible).add("onboarded", onboarded).add("avMode", avMode).add("deviceGroup", "Finance"));
        return this;
    }

    /** A realistic tenant: 200 devices (20 not eligible, 4 eligible not onboarded, 3 passive), 150 users (6 without P1). */
    public static Inventories realistic() {
        Inventories inv = create().license("DEFENDER_FOR_ENDPOINT_P2", 200).license("DEFENDER_ANTIVIRUS", 200)
                .license("AZURE_AD_PREMIUM_P1", 150).license("DEFENDER_FOR_OFFICE_365_P2", 150);
        for (int i = 1; i <= 200; i++) {
            boolean eligible = i > 20;
            boolean onboarded = !(eligible && i % 45 == 0);
            inv.device(String.format("d-%03d", i), eligible, onboarded, i % 60 == 7 ? "PASSIVE" : "ACTIVE");
        }
        for (int i = 1; i <= 150; i++) {
            if (i % 25 == 0) {
                inv.user(String.format("u-%03d", i), "User " + i);
            } else {
                inv.user(String.format("u-%03d", i), "User " + i, "AZURE_AD_PREMIUM_P1");
            }
        }
        return inv;
    }

    /** The smallest inventory that meets every required prerequisite (as {@link EligibleInventory#minimal()}). */
    public static Inventories eligible() {
        return create().license("DEFENDER_FOR_ENDPOINT_P2", 10).license("DEFENDER_ANTIVIRUS", 10).license("AZURE_AD_PREMIUM_P1", 10)
                .user("u-1", "Eligible User", "AZURE_AD_PREMIUM_P1").device("d-1", true, true, "ACTIVE");
    }

    public String json() {
        return Json.createObjectBuilder().add("licenses", licenses.build()).add("users", users.build()).add("devices", devices.build())
                .build().toString();
    }

    /** A devices CSV of {@code rows} rows, each the same length, starting at {@code from}. */
    public static String devicesCsv(int from, int rows) {
        StringBuilder csv = new StringBuilder("externalId,name,os,eligible,onboarded,avMode,deviceGroup\n");
        for (int i = from; i < from + rows; i++) {
            csv.append(String.format("dev-%08d,HOST-%08d,Windows 11,true,true,ACTIVE,Group A%n", i, i));
        }
        return csv.toString();
    }
}
