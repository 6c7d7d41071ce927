package org.mxdr.eligibility.view;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.eligibility.boundary.EligibilityService;
import org.mxdr.eligibility.entity.Readiness;

/**
 * Backs the readiness include (/WEB-INF/includes/readiness.xhtml): evaluated once per request and
 * tenant, so every render shows the inventory as it is now.
 */
@Named
@RequestScoped
public class ReadinessView {

    @Inject
    EligibilityService eligibility;

    private final Map<String, Readiness> evaluated = new HashMap<>();

    public Readiness of(String tenantId) {
        return evaluated.computeIfAbsent(tenantId, eligibility::readiness);
    }
}
