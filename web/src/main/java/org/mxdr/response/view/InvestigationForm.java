package org.mxdr.response.view;

import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.mxdr.platform.view.FieldMessages;
import org.mxdr.response.boundary.IncidentService;
import org.mxdr.response.boundary.ResponseActionService;
import org.mxdr.response.entity.ActionType;
import org.mxdr.response.entity.Classification;
import org.mxdr.response.entity.ResponseAction;

/** The experts' tools on an open incident: take it, classify it, and take or recommend an action. */
@Dependent
public class InvestigationForm extends IncidentForm {
    private static final long serialVersionUID = 1L;

    @Inject
    transient IncidentService incidents;

    @Inject
    transient ResponseActionService actions;

    private Classification classification;
    private String determination;
    private ActionType actionType;
    private String actionTarget;
    private String actionDetail;
    private String actionRationale;

    public void take() {
        run("expertForm", () -> incidents.take(tenantId, incidentId), "You took the incident.");
    }

    public void classify() {
        run("classifyForm", () -> incidents.classify(tenantId, incidentId, classification, determination), "Classified.");
    }

    public void act() {
        run("actForm", () -> {
            ResponseAction a = actions.act(tenantId, incidentId, actionType, actionTarget, actionDetail, actionRationale);
            FieldMessages.info(outcome(a));
            actionDetail = null;
            actionRationale = null;
        }, null);
    }

    private static String outcome(ResponseAction a) {
        if (a.isAwaitingApproval()) {
            return "Waiting for the customer's approval: their operators and administrators have been asked.";
        }
        return a.isRecommended() ? "Recommended to the customer: " + a.getReason() : "Sent to the detection platform.";
    }

    /** The chosen verdict resolves the incident at once: the page asks for confirmation first. */
    public boolean isResolvesAtOnce() {
        return classification != null && classification.resolvesAtOnce();
    }

    public List<Classification> getClassifications() {
        return List.of(Classification.values());
    }

    public List<ActionType> getActionTypes() {
        return List.of(ActionType.values());
    }

    public Classification getClassification() {
        return classification;
    }

    public void setClassification(Classification classification) {
        this.classification = classification;
    }

    public String getDetermination() {
        return determination;
    }

    public void setDetermination(String determination) {
        this.determination = determination;
    }

    public ActionType getActionType() {
        return actionType;
    }

    public void setActionType(ActionType actionType) {
        this.actionType = actionType;
    }

    public String getActionTarget() {
        return actionTarget;
    }

    public void setActionTarget(String actionTarget) {
        this.actionTarget = actionTarget;
    }

    public String getActionDetail() {
        return actionDetail;
    }

    public void setActionDetail(String actionDetail) {
        this.actionDetail = actionDetail;
    }

    public String getActionRationale() {
        return actionRationale;
    }

    public void setActionRationale(String actionRationale) {
        this.actionRationale = actionRationale;
    }
}
