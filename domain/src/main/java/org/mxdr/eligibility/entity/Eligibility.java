package org.mxdr.eligibility.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A tenant's eligibility: eligible when every required prerequisite is met. Prerequisites come
 * most urgent first; coverage lists the optional products of the catalog.
 */
public record Eligibility(boolean eligible, List<PrerequisiteResult> prerequisites, List<Coverage> coverage) {

    public Eligibility {
        prerequisites = List.copyOf(prerequisites);
        coverage = List.copyOf(coverage);
    }

    /** Evaluates the rules of the catalog against one tenant's counts. */
    public static Eligibility judge(List<PrerequisiteRule> rules, List<Product> catalog, InventoryCounts counts) {
        Map<String, Product> byKey = catalog.stream().collect(Collectors.toMap(Product::getKey, Function.identity()));
        List<PrerequisiteResult> results = new ArrayList<>();
        rules.stream().sorted(PrerequisiteRule.MOST_URGENT_FIRST).forEach(rule -> results.add(rule.judge(byKey.get(rule.getProductKey()), counts)));
        List<Coverage> coverage = catalog.stream().filter(Product::isOptional).sorted(Comparator.comparing(Product::getKey))
                .map(p -> new Coverage(p.getKey(), p.getLabel(), counts.seatsOf(p.getKey()) > 0)).toList();
        return new Eligibility(results.stream().allMatch(PrerequisiteResult::met), results, coverage);
    }

    /** The unmet prerequisites, most urgent first: what a refused subscription lists. */
    public List<PrerequisiteResult> unmet() {
        return prerequisites.stream().filter(p -> !p.met()).toList();
    }
}
