package org.mxdr.eligibility.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The readiness assessment of one tenant: the actions needed (to do before done, most urgent
 * first) and the protected assets against the licence targets.
 */
public record Readiness(Eligibility eligibility, List<Action> actions, List<Protection> assets) {

    /**
     * One prerequisite as a task: done when met.
     *
     * @param failingWhat what the failing ones are ("users", "eligible device"), for the link to their list
     */
    public record Action(String key, String label, boolean done, long failing, long total, String message, int urgency, String failingWhat) {
    }

    /**
     * Assets that pass a rule against what the licence should cover.
     *
     * @param seats the seats the tenant holds for the rule's product; 0 without a licence
     */
    public record Protection(String key, String title, long protectedCount, long total, int seats) {
        /** Percentage of the population protected, 100 when there is nothing to protect. */
        public int percent() {
            return total == 0 ? 100 : (int) Math.floor(100.0 * protectedCount / total);
        }

        public boolean seatsShort() {
            return seats < total;
        }
    }

    public static Readiness judge(List<PrerequisiteRule> rules, List<Product> catalog, InventoryCounts counts) {
        Eligibility eligibility = Eligibility.judge(rules, catalog, counts);
        Map<String, PrerequisiteRule> byKey = rules.stream().collect(Collectors.toMap(PrerequisiteRule::getKey, Function.identity()));
        List<Action> actions = new ArrayList<>();
        List<Protection> assets = new ArrayList<>();
        for (PrerequisiteResult r : eligibility.prerequisites()) {
            PrerequisiteRule rule = byKey.get(r.key());
            actions.add(new Action(r.key(), rule.getLabel(), r.met(), r.failing(), r.total(), r.message(), rule.getUrgency(),
                    rule.getCheck().population(r.failing())));
            assets.add(new Protection(r.key(), title(rule.getCheck()), r.total() - r.failing(), r.total(), counts.seatsOf(rule.getProductKey())));
        }
        actions.sort(Comparator.comparing(Action::done).thenComparingInt(Action::urgency));
        return new Readiness(eligibility, actions, assets);
    }

    private static String title(RuleCheck check) {
        return switch (check) {
            case ELIGIBLE_DEVICES_ONBOARDED -> "Eligible devices onboarded";
            case ONBOARDED_DEVICES_AV_ACTIVE -> "Onboarded devices with active antivirus";
            case USERS_LICENSED -> "Identities licensed";
        };
    }

    public long todo() {
        return actions.stream().filter(a -> !a.done()).count();
    }
}
