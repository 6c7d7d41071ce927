package org.mxdr.response.view;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.identity.boundary.UserService;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Role;
import org.mxdr.response.boundary.IncidentDetail;
import org.mxdr.response.boundary.IncidentService;
import org.mxdr.response.entity.ActionState;
import org.mxdr.response.entity.ActionType;
import org.mxdr.response.entity.ResponseAction;

/**
 * One incident: its facts and its forms (the experts' investigation, the customer's action cards,
 * the chat, the experts' notes and tickets). What each button may do is decided by the boundary
 * and the incident's own rules; the page only mirrors them.
 */
@Named
@ViewScoped
public class IncidentView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient IncidentService incidents;

    @Inject
    transient UserService users;

    @Inject
    InvestigationForm investigation;

    @Inject
    CardsForm cards;

    @Inject
    ChatForm chat;

    @Inject
    NotesForm notes;

    private String tenantId;
    private String incidentId;
    private Caller me;
    private IncidentDetail detail;

    public void load() {
        me = users.me();
        if (me.isTenantUser()) {
            tenantId = me.tenantId();
        }
        for (IncidentForm form : List.of(investigation, cards, chat, notes)) {
            form.load(tenantId, incidentId, this::refresh);
        }
        refresh();
    }

    private void refresh() {
        detail = incidents.get(tenantId, incidentId);
    }

    public boolean isExpert() {
        return me.is(Role.EXPERT);
    }

    /** The card buttons work for the customer's operator and admin; the reader sees them disabled. */
    public boolean isMayAnswerCards() {
        return me.is(Role.TENANT_OPERATOR) || me.is(Role.TENANT_ADMIN);
    }

    public boolean isMayResolve() {
        long open = detail.actions().stream().filter(a -> a.getState().open()).count();
        return (isExpert() || isMayAnswerCards()) && detail.incident().isResolvable(open);
    }

    /** Reopening is for the experts (through their grant) and the customer's admin, on a resolved incident. */
    public boolean isMayReopen() {
        return (isExpert() || me.is(Role.TENANT_ADMIN)) && !detail.incident().isOpen();
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
        ActionType type = investigation.getActionType();
        List<String> targets = new ArrayList<>(type != null && type.onUser() ? detail.incident().getUsers() : detail.incident().getDevices());
        targets.sort(null);
        return targets;
    }

    public String getDevicesShown() {
        return shown(detail.incident().getDevices(), detail::device);
    }

    public String getUsersShown() {
        return shown(detail.incident().getUsers(), detail::user);
    }

    private static String shown(Set<String> ids, UnaryOperator<String> named) {
        return ids.isEmpty() ? "None" : String.join(", ", ids.stream().sorted().map(named).toList());
    }

    /** A card's or action's target as people know it: the device's or user's name with its external id. */
    public String target(ResponseAction a) {
        return a.getType().onUser() ? detail.user(a.getTarget()) : detail.device(a.getTarget());
    }

    public IncidentDetail getDetail() {
        return detail;
    }

    public InvestigationForm getInvestigation() {
        return investigation;
    }

    public CardsForm getCardsForm() {
        return cards;
    }

    public ChatForm getChat() {
        return chat;
    }

    public NotesForm getNotes() {
        return notes;
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
}
