package org.mxdr.eligibility.entity;

import java.util.List;

/** Placeholder of the eligibility context's type, replaced at merge by the real one. */
public record Eligibility(List<PrerequisiteResult> prerequisites, List<Coverage> coverage) {

    public boolean eligible() {
        return unmet().isEmpty();
    }

    public List<PrerequisiteResult> unmet() {
        return prerequisites.stream().filter(p -> !p.met()).toList();
    }
}
