package org.mxdr.response.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.mxdr.response.entity.Severity;

/** The request body of POST /tenants/{t}/incidents. */
public record IncidentRequest(@NotBlank(message = "The external id is required.") String externalId,
                              @NotBlank(message = "The title is required.") String title,
                              @NotNull(message = "The severity is required: HIGH, MEDIUM, LOW or INFORMATIONAL.") Severity severity,
                              @NotBlank(message = "The category is required.") String category,
                              @NotBlank(message = "The MITRE tactic is required.") String tactic, String evidence,
                              List<String> devices, List<String> users) {
}
