package org.mxdr.onboarding.view;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.mxdr.eligibility.entity.PrerequisiteResult;

/**
 * One condition a refused subscription lists, with the prerequisite whose failing devices or users
 * it links to (null for a condition no device or user fails, such as the tenant's cloud).
 */
public record UnmetCondition(String text, String prerequisite, long failing) implements Serializable {

    /** The refusal's conditions, each matched to the unmet prerequisite that said it. */
    static List<UnmetCondition> of(List<String> refused, List<PrerequisiteResult> unmet) {
        Map<String, PrerequisiteResult> byMessage = unmet.stream().filter(p -> p.failing() > 0)
                .collect(Collectors.toMap(PrerequisiteResult::message, p -> p, (a, b) -> a));
        return refused.stream().map(text -> {
            PrerequisiteResult p = byMessage.get(text);
            return p == null ? new UnmetCondition(text, null, 0) : new UnmetCondition(text, p.key(), p.failing());
        }).toList();
    }

    public boolean isLinked() {
        return prerequisite != null;
    }
}
