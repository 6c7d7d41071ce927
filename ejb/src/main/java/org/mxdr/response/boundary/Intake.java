package org.mxdr.response.boundary;

import org.mxdr.response.entity.Incident;

/** What an intake did: created the incident, updated it, or found it unchanged. */
public record Intake(Incident incident, boolean created, boolean updated) {
}
