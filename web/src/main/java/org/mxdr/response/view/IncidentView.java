package org.mxdr.response.view;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.identity.boundary.UserService;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.Role;
import org.mxdr.platform.view.BoundaryPages;
import org.mxdr.platform.view.FieldMessages;
import org.mxdr.response.boundary.IncidentChatService;
import org.mxdr.response.boundary.IncidentDetail;
import org.mxdr.response.boundary.IncidentService;
import org.mxdr.response.entity.ActionState;
import org.mxdr.response.entity.ActionType;
import org.mxdr.response.entity.Classification;
import org.mxdr.response.entity.IncidentMessage;
import org.mxdr.response.entity.IncidentStatus;
import org.mxdr.response.entity.ResponseAction;
import org.primefaces.model.LazyDataModel;

/**
 * One incident: its facts, the experts' tools (take, classify, act, notes, tickets), the
 * customer's action cards, and the chat. What each button may do is decided by the boundary;
 * the page only mirrors it.
 */
@Named
@ViewScoped
public class IncidentView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient IncidentService incidents;

    @Inject
    transient IncidentChatService chat;

    @Inject
    transient UserService users;

    private String tenantId;
    private String incidentId;
    private Caller me;
    private IncidentDetail detail;

    private Classification classification;
    private String determination;
    private ActionType actionType;
    private String actionTarget;
    private String actionDetail;
    private String message;
    private String note;
    private String ticketTitle;
    private String ticketBody;

    private final LazyDataModel<IncidentMessage> messages = new BoundaryPages<>(() -> chat.count(tenantId, incidentId),
            (first, size) -> chat.messages(tenantId, incidentId, first, size), IncidentMessage::getId, PageRequest.MAX_PAGE);

    public void load() {
        me = users.me();
        if (me.isTenantUser()) {
            tenantId = me.tenantId();
        }
        refresh();
    }

    private void refresh() {
        detail = incidents.get(tenantId, incidentId);
    }

    public void take() {
        run("expertForm", () -> incidents.take(tenantId, incidentId), "You took the incident.");
    }

    public void classify() {
        run("classifyForm", () -> incidents.classify(tenantId, incidentId, classification, determination), "Classified.");
    }

    public void act() {
        run("actForm", () -> {
            ResponseAction a = incidents.act(tenantId, incidentId, actionType, actionTarget, actionDetail);
            FieldMessages.info(a.isRecommended() ? "Recommended to the customer: " + a.getReason() : "Sent to the detection platform.");
            actionDetail = null;
        }, null);
    }

    public void answer(String actionId, boolean completed) {
        run("cardsForm", () -> incidents.answer(tenantId, incidentId, actionId, completed),
                completed ? "Marked as completed." : "Skipped.");
    }

    public void resolve() {
        run("resolveForm", () -> incidents.resolve(tenantId, incidentId), "The incident is resolved.");
    }

    public void send() {
        run("chatForm", () -> {
            chat.post(tenantId, incidentId, message);
            message = null;
        }, null);
    }

    public void addNote() {
        run("notesForm", () -> {
            incidents.addNote(tenantId, incidentId, note);
            note = null;
        }, "Note added.");
    }

    public void openTicket() {
        run("ticketsForm", () -> {
            incidents.openTicket(tenantId, incidentId, ticketTitle, ticketBody);
            ticketTitle = null;
            ticketBody = null;
        }, "Ticket opened.");
    }

    public void closeTicket(String ticketId) {
        run("ticketsForm", () -> incidents.closeTicket(tenantId, incidentId, ticketId), "Ticket closed.");
    }

    private interface Step {
        void run();
    }

    private void run(String formId, Step step, String done) {
        try {
            step.run();
            if (done != null) {
                FieldMessages.info(done);
            }
        } catch (BadInput | Conflict refused) {
            FieldMessages.show(formId, refused);
        }
        refresh();
    }

    public boolean isExpert() {
        return me.is(Role.EXPERT);
    }

    /** The card buttons work for the customer's operator and admin; the reader sees them disabled. */
    public boolean isMayAnswerCards() {
        return me.is(Role.TENANT_OPERATOR) || me.is(Role.TENANT_ADMIN);
    }

    public boolean isMayResolve() {
        return detail.incident().getStatus() != IncidentStatus.RESOLVED && detail.incident().getClassification() != null
                && (isExpert() || isMayAnswerCards()) && detail.actions().stream().noneMatch(a -> a.getState().open());
    }

    public List<ResponseAction> getCards() {
        return detail.actions().stream().filter(ResponseAction::isRecommended).toList();
    }

    public List<ResponseAction> getRunActions() {
        return detail.actions().stream().filter(a -> !a.isRecommended()).toList();
    }

    public boolean waiting(ResponseAction a) {
        return a.getState() == ActionState.AWAITING_CUSTOMER;
    }

    /** The targets an action of the chosen type can have: the incident's devices, or its users. */
    public List<String> getTargets() {
        List<String> targets = new ArrayList<>(actionType != null && actionType.onUser() ? detail.incident().getUsers()
                : detail.incident().getDevices());
        targets.sort(null);
        return targets;
    }

    public String getDevicesShown() {
        return shown(detail.incident().getDevices());
    }

    public String getUsersShown() {
        return shown(detail.incident().getUsers());
    }

    private static String shown(java.util.Set<String> ids) {
        return ids.isEmpty() ? "None" : String.join(", ", ids.stream().sorted().toList());
    }

    public List<Classification> getClassifications() {
        return List.of(Classification.values());
    }

    public List<ActionType> getActionTypes() {
        return List.of(ActionType.values());
    }

    public LazyDataModel<IncidentMessage> getMessages() {
        return messages;
    }

    public IncidentDetail getDetail() {
        return detail;
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getIncidentId() {
        return incidentId;
    }

    public void setIncidentId(String incidentId) {
        this.incidentId = incidentId;
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

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getTicketTitle() {
        return ticketTitle;
    }

    public void setTicketTitle(String ticketTitle) {
        this.ticketTitle = ticketTitle;
    }

    public String getTicketBody() {
        return ticketBody;
    }

    public void setTicketBody(String ticketBody) {
        this.ticketBody = ticketBody;
    }
}
