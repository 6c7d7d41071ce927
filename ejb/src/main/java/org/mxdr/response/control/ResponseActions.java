package org.mxdr.response.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.access.control.AccessControl;
import org.mxdr.access.entity.AccessDecision;
import org.mxdr.access.entity.Operation;
import org.mxdr.approvals.control.Approvals;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.NotFound;
import org.mxdr.response.entity.ActionType;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.ResponseAction;

/**
 * The actions on an incident's devices and users: run when the grant lets the expert act on the
 * target, waiting for the customer's approval when the response policy asks for it, otherwise a
 * card for the customer, and the customer's answers to the cards. Callers
 * reached the incident first.
 */
@Stateless
@PermitAll
public class ResponseActions {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    Clock clock;

    @Inject
    Incidents incidents;

    @Inject
    ResponseExecutor executor;

    @Inject
    CustomerActionMail mail;

    @Inject
    ResponseEvents events;

    @Inject
    Approvals approvals;

    /** Runs the action, or recommends it when the expert may not run it but may recommend it; refused otherwise. */
    public ResponseAction act(String expert, Incident incident, ActionType type, String target, String detail, String rationale) {
        if (type == null) {
            throw new BadInput("type", "The action type is required.");
        }
        String t = target == null ? "" : target.strip();
        Set<String> involved = type.onUser() ? incident.getUsers() : incident.getDevices();
        if (!involved.contains(t)) {
            throw new BadInput("target", "'" + t + "' is not a " + (type.onUser() ? "user" : "device") + " involved in this incident"
                    + (involved.isEmpty() ? "." : ": choose one of " + String.join(", ", involved) + "."));
        }
        incident.requireActionable();
        List<String> devices = type.onUser() ? List.of() : List.of(t);
        List<String> users = type.onUser() ? List.of(t) : List.of();
        AccessDecision run = access.decideAction(incident.getTenantId(), type, devices, users);
        Instant now = Instant.now(clock);
        if (run.allowed()) {
            ResponseAction action = ResponseAction.run(incident, type, t, detail, rationale, expert, now);
            em.persist(action);
            executor.execute(action);
            return action;
        }
        if (run.needsApproval()) {
            ResponseAction waiting = ResponseAction.awaitApproval(incident, type, t, detail, rationale, expert, now);
            em.persist(waiting);
            approvals.request(incident, waiting);
            return waiting;
        }
        access.require(expert, incident.getTenantId(), Operation.RECOMMEND, devices, users);
        ResponseAction card = ResponseAction.recommend(incident, type, t, detail, rationale, run.reason().message(), expert, now);
        em.persist(card);
        incident.awaitCustomer(now);
        mail.actionAwaited(incident, card);
        events.awaitingCustomer(incident, card);
        return card;
    }

    /** The action of this incident; another incident's is a 404, as an unknown one is. */
    public ResponseAction of(Incident incident, String actionId) {
        ResponseAction action = em.find(ResponseAction.class, actionId);
        if (action == null || !action.getIncidentId().equals(incident.getId())) {
            throw new NotFound("There is no action with the id '" + actionId + "' on this incident.");
        }
        return action;
    }

    /** The customer's answer to a card; the last answer hands the incident back to the experts. */
    public void answer(Incident incident, ResponseAction card, boolean completed, String by) {
        Instant now = Instant.now(clock);
        card.answer(completed, by, now);
        em.flush();
        if (incidents.cardsWaiting(incident.getId()) == 0) {
            incident.cardsAnswered(now);
        }
    }

    /** An action's state for the audit trail, naming its incident. */
    public static String describe(Incident incident, ResponseAction action) {
        return "incident=" + incident.getExternalId() + "; " + action.describe();
    }
}
