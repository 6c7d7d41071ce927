package org.mxdr.testing;

import java.util.ArrayList;
import java.util.List;

/** Builds inventory bodies of PUT /tenants/{t}/inventory, and CSV files, the way the platform sends them. */
public final class Inventories {
    private final List<String> licenses = new ArrayList<>();
    private final List<String> users = new ArrayList<>();
    private final List<String> devices = new ArrayList<>();

    public static Inventories create() {
        return new Inventories();
    }

    public Inventories license(String product, int seats) {
        licenses.add("{\"product\":\"" + product + "\",\"seats\":" + seats + "}");
        return this;
    }

    public Inventories user(String externalId, String name, String... products) {
        users.add("{\"externalId\":\"" + externalId + "\",\"name\":\"" + name + "\",\"licenses\":["
                + String.join(",", List.of(products).stream().map(p -> "\"" + p + "\"").toList()) + "]}");
        return this;
    }

    public Inventories device(String externalId, boolean eligible, boolean onboarded, String avMode) {
        devices.add("{\"externalId\":\"" + externalId + "\",\"name\":\"HOST-" + externalId + "\",\"os\":\"Windows 11\",\"eligible\":" + eligible
                + ",\"onboarded\":" + onboarded + ",\"avMode\":\"" + avMode + "\",\"deviceGroup\":\"Finance\"}");
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
        return "{\"licenses\":[" + String.join(",", licenses) + "],\"users\":[" + String.join(",", users)
                + "],\"devices\":[" + String.join(",", devices) + "]}";
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
