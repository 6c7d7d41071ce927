package org.mxdr.eligibility.entity;

import java.util.Map;

/**
 * What the evaluation needs to know about one tenant's inventory, as counted by aggregate queries
 * in the database: never the inventory itself.
 *
 * @param eligibleDevices      devices marked eligible for the endpoint product
 * @param eligibleNotOnboarded eligible devices not onboarded to it
 * @param onboardedDevices     devices onboarded to the endpoint product (eligible or not)
 * @param onboardedNotActive   onboarded devices whose antivirus is PASSIVE or DISABLED
 * @param users                users in the inventory
 * @param licensedUsers        product key to the number of users that product is assigned to
 * @param seats                product key to the seats the tenant holds; absent when it holds no licence
 */
public record InventoryCounts(long eligibleDevices, long eligibleNotOnboarded, long onboardedDevices,
                              long onboardedNotActive, long users, Map<String, Long> licensedUsers,
                              Map<String, Integer> seats) {

    public InventoryCounts {
        licensedUsers = Map.copyOf(licensedUsers);
        seats = Map.copyOf(seats);
    }

    public long usersHolding(String product) {
        return licensedUsers.getOrDefault(product, 0L);
    }

    public boolean holdsLicence(String product) {
        return seats.containsKey(product);
    }

    public int seatsOf(String product) {
        return seats.getOrDefault(product, 0);
    }
}
