package org.mxdr.eligibility.entity;

/**
 * How a prerequisite rule is evaluated. Every check has a population ({@code total}), the part of
 * it that fails ({@code failing}), and needs the rule's product licensed with at least as many
 * seats as the population. A rule is met when nothing fails, the tenant holds the licence and its
 * seats cover the population; with an empty population the licence alone decides.
 */
public enum RuleCheck {
    /** total = eligible devices; failing = eligible devices not onboarded to the endpoint product. */
    ELIGIBLE_DEVICES_ONBOARDED("eligible devices", "eligible device") {
        @Override
        long total(InventoryCounts c, String product) {
            return c.eligibleDevices();
        }

        @Override
        long failing(InventoryCounts c, String product) {
            return c.eligibleNotOnboarded();
        }

        @Override
        String failingText(long failing, long total, String label) {
            return failing + " of " + total + " " + population(total) + " " + (failing == 1 ? "is" : "are") + " not onboarded to " + label;
        }

        @Override
        String metText(long total, String label) {
            return total == 0 ? "No eligible devices in the inventory yet; " + label + " is licensed"
                    : "All " + total + " " + population(total) + " are onboarded to " + label;
        }
    },
    /** total = onboarded devices; failing = onboarded devices whose antivirus is not in ACTIVE mode. */
    ONBOARDED_DEVICES_AV_ACTIVE("onboarded devices", "onboarded device") {
        @Override
        long total(InventoryCounts c, String product) {
            return c.onboardedDevices();
        }

        @Override
        long failing(InventoryCounts c, String product) {
            return c.onboardedNotActive();
        }

        @Override
        String failingText(long failing, long total, String label) {
            return failing + " of " + total + " " + population(total) + " " + (failing == 1 ? "does" : "do") + " not run " + label + " in active mode";
        }

        @Override
        String metText(long total, String label) {
            return total == 0 ? "No onboarded devices in the inventory yet; " + label + " is licensed"
                    : "All " + total + " " + population(total) + " run " + label + " in active mode";
        }
    },
    /** total = users; failing = users the rule's product is not assigned to. */
    USERS_LICENSED("users", "user") {
        @Override
        long total(InventoryCounts c, String product) {
            return c.users();
        }

        @Override
        long failing(InventoryCounts c, String product) {
            return Math.max(0, c.users() - c.usersHolding(product));
        }

        @Override
        String failingText(long failing, long total, String label) {
            return failing + " of " + total + " " + population(total) + " " + (failing == 1 ? "has" : "have") + " no " + label + " licence";
        }

        @Override
        String metText(long total, String label) {
            return total == 0 ? "No users in the inventory yet; " + label + " is licensed"
                    : "All " + total + " " + population(total) + " have the " + label + " licence";
        }
    };

    private final String plural;
    private final String singular;

    RuleCheck(String plural, String singular) {
        this.plural = plural;
        this.singular = singular;
    }

    abstract long total(InventoryCounts c, String product);

    abstract long failing(InventoryCounts c, String product);

    abstract String failingText(long failing, long total, String label);

    abstract String metText(long total, String label);

    /** "users", "eligible devices": what the rule counts, for messages and the readiness page. */
    public String population(long n) {
        return n == 1 ? singular : plural;
    }

    /** Judges one rule against the counts; the message lists every reason it is unmet. */
    public PrerequisiteResult judge(String ruleKey, String product, String productLabel, InventoryCounts c) {
        long total = total(c, product);
        long failing = failing(c, product);
        StringBuilder why = new StringBuilder();
        if (failing > 0) {
            why.append(failingText(failing, total, productLabel));
        }
        boolean licensed = c.holdsLicence(product);
        boolean seatsShort = licensed && c.seatsOf(product) < total;
        if (!licensed) {
            append(why, "The tenant holds no " + productLabel + " licence");
        } else if (seatsShort) {
            append(why, "The tenant holds " + c.seatsOf(product) + " " + productLabel + " seats for " + total + " " + population(total));
        }
        boolean met = why.isEmpty();
        return new PrerequisiteResult(ruleKey, met, failing, total, met ? metText(total, productLabel) : why.toString());
    }

    private static void append(StringBuilder why, String reason) {
        why.append(why.isEmpty() ? reason : "; " + Character.toLowerCase(reason.charAt(0)) + reason.substring(1));
    }
}
