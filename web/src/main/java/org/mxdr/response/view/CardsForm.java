package org.mxdr.response.view;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.mxdr.response.boundary.IncidentService;
import org.mxdr.response.boundary.ResponseActionService;

/** The customer's answers to the action cards, resolving the incident once nothing is open, and reopening it. */
@Dependent
public class CardsForm extends IncidentForm {
    private static final long serialVersionUID = 1L;

    @Inject
    transient IncidentService incidents;

    @Inject
    transient ResponseActionService actions;

    public void answer(String actionId, boolean completed) {
        run("cardsForm", () -> actions.answer(tenantId, incidentId, actionId, completed),
                completed ? "Marked as completed." : "Skipped.");
    }

    private String reopenReason;

    public void resolve() {
        run("resolveForm", () -> incidents.resolve(tenantId, incidentId), "The incident is resolved.");
    }

    /** Reopens with the reason given in the dialog; kept when refused, so it can be corrected. */
    public void reopen() {
        run("reopenForm", () -> {
            incidents.reopen(tenantId, incidentId, reopenReason);
            reopenReason = null;
        }, "The incident is reopened: its time to resolve runs again.");
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }
}
