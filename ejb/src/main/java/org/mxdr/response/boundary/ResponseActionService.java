package org.mxdr.response.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.mxdr.access.entity.Operation;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.IncidentId;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;
import org.mxdr.reports.control.ReportingOutbox;
import org.mxdr.response.control.IncidentReach;
import org.mxdr.response.control.Incidents;
import org.mxdr.response.control.ResponseActions;
import org.mxdr.response.control.ResponseEvents;
import org.mxdr.response.entity.ActionType;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.ResponseAction;

/**
 * Actions on an incident's devices and users: the expert runs one, or recommends it to the
 * customer as a card, as far as the grant and the customer's response policy let him; the
 * customer's operators and admins answer the cards. Every action and answer is audited.
 */
@Stateless
public class ResponseActionService {
    @Inject
    Callers callers;

    @Inject
    Incidents incidents;

    @Inject
    IncidentReach reach;

    @Inject
    ResponseActions actions;

    @Inject
    AuditTrail audit;

    @Inject
    ReportingOutbox reporting;

    @Inject
    ResponseEvents events;

    /**
     * An expert's action on one of the incident's devices or users: run when the grant lets him act
     * on it (Operator level, not excluded), otherwise a card for the customer when he may still
     * recommend it; refused when he may not even do that.
     */
    @RolesAllowed(Roles.EXPERT)
    public ResponseAction act(@TenantId String tenantId,
                              @IncidentId String incidentId, ActionType type, String target,
                              String detail, String rationale) {
        Caller caller = callers.current();
        Incident incident = reach.reach(caller, tenantId, incidentId, Operation.RECOMMEND, true);
        ResponseAction action = actions.act(caller.username(), incident, type, target, detail, rationale);
        if (!action.isAwaitingApproval()) { // a request for approval is audited as such by the approvals
            audit.record(caller.username(), tenantId, action.isRecommended() ? "action.recommended" : "action.run", null,
                    ResponseActions.describe(incident, action));
        }
        reporting.changed(incident);
        return action;
    }

    /** The customer's answer to a card: "I've completed this action" or "Skip". */
    @RolesAllowed({Roles.TENANT_OPERATOR, Roles.TENANT_ADMIN})
    public ResponseAction answer(@TenantId String tenantId,
                                 @IncidentId String incidentId,
                                 @NotNull(message = "An action id is required.") String actionId, boolean completed) {
        Caller caller = callers.requireTenant(tenantId, "answer action card");
        Incident incident = incidents.find(tenantId, incidentId, true);
        ResponseAction card = actions.of(incident, actionId);
        String before = ResponseActions.describe(incident, card);
        actions.answer(incident, card, completed, caller.username());
        audit.record(caller.username(), tenantId, completed ? "card.completed" : "card.skipped", before, ResponseActions.describe(incident, card));
        reporting.changed(incident);
        events.answered(incident, card);
        return card;
    }
}
