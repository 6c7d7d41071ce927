package org.mxdr.eligibility.control;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;

import org.mxdr.eligibility.entity.Eligibility;
import org.mxdr.eligibility.entity.PrerequisiteResult;

/** Placeholder of the eligibility context's evaluator (every prerequisite met), replaced at merge by the real one. */
@Stateless
@PermitAll
public class EligibilityEvaluator {

    public Eligibility evaluate(String tenantId) {
        return new Eligibility(List.of(
                new PrerequisiteResult("ENDPOINT_P2", true, 0, 0, "Defender for Endpoint P2 is licensed and enabled on every eligible device."),
                new PrerequisiteResult("ANTIVIRUS_ACTIVE", true, 0, 0, "Defender Antivirus is in active mode on every onboarded device."),
                new PrerequisiteResult("IDENTITY_P1", true, 0, 0, "Every user has Azure AD Premium P1.")), List.of());
    }
}
