package org.mxdr.response.api;

import java.util.List;

import org.mxdr.response.entity.Severity;

/** The documented request body of POST /tenants/{t}/incidents. */
public record IncidentRequest(String externalId, String title, Severity severity, String category, String tactic, String evidence,
                              List<String> devices, List<String> users) {
}
