package org.mxdr.response.view;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.mxdr.response.boundary.IncidentService;

/** The customer's answers to the action cards, and resolving the incident once nothing is open. */
@Dependent
public class CardsForm extends IncidentForm {
    private static final long serialVersionUID = 1L;

    @Inject
    transient IncidentService incidents;

    public void answer(String actionId, boolean completed) {
        run("cardsForm", () -> incidents.answer(tenantId, incidentId, actionId, completed),
                completed ? "Marked as completed." : "Skipped.");
    }

    public void resolve() {
        run("resolveForm", () -> incidents.resolve(tenantId, incidentId), "The incident is resolved.");
    }
}
