package org.mxdr.credits.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.credits.boundary.CreditService;
import org.mxdr.credits.boundary.QuestionService;
import org.mxdr.credits.control.Questions;
import org.mxdr.credits.entity.Question;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.Role;
import org.mxdr.platform.view.BoundaryPages;
import org.mxdr.platform.view.FieldMessages;
import org.primefaces.model.LazyDataModel;

/**
 * Ask the experts: a tenant user's questions with the composer and the credits left; an expert's
 * list of the questions of every tenant that lets the experts in.
 */
@Named
@ViewScoped
public class QuestionsView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "askForm";

    @Inject
    transient UserService users;

    @Inject
    transient QuestionService questions;

    @Inject
    transient CreditService credits;

    private String tenantId;
    private boolean expert;
    private long remaining;
    private String subject;
    private String body;
    private String incidentId;
    private boolean emailCopy;
    private String lastAsked;

    private final LazyDataModel<Question> tenantQuestions = new BoundaryPages<>(() -> questions.count(tenantId),
            (first, size) -> questions.list(tenantId, first, size), Question::getId, PageRequest.MAX_PAGE);

    private final LazyDataModel<Questions.Row> expertQuestions = new BoundaryPages<>(() -> questions.countForExperts(),
            (first, size) -> questions.forExperts(first, size), r -> r.question().getId(), PageRequest.MAX_PAGE);

    public void load() {
        Caller me = users.me();
        expert = me.is(Role.EXPERT);
        if (!expert) {
            if (!me.isTenantUser()) {
                throw new AccessDenied("Ask the experts belongs to a tenant's users and the experts.");
            }
            tenantId = me.tenantId();
            remaining = credits.ledger(tenantId).totals().remaining();
        }
    }

    public void ask() {
        try {
            Question q = questions.ask(tenantId, subject, body, incidentId, emailCopy);
            lastAsked = q.isBeyondAllocation()
                    ? "Your question is with the experts. No credit was left, so it is beyond allocation; it is answered all the same."
                    : "Your question is with the experts. It used one credit: the one expiring soonest.";
            subject = null;
            body = null;
            incidentId = null;
            emailCopy = false;
        } catch (BadInput | Conflict | NotFound refused) {
            FieldMessages.show(FORM, refused);
        }
        remaining = credits.ledger(tenantId).totals().remaining();
    }

    public LazyDataModel<Question> getTenantQuestions() {
        return tenantQuestions;
    }

    public LazyDataModel<Questions.Row> getExpertQuestions() {
        return expertQuestions;
    }

    public boolean isExpert() {
        return expert;
    }

    public String getTenantId() {
        return tenantId;
    }

    public long getRemaining() {
        return remaining;
    }

    public String getLastAsked() {
        return lastAsked;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getIncidentId() {
        return incidentId;
    }

    public void setIncidentId(String incidentId) {
        this.incidentId = incidentId;
    }

    public boolean isEmailCopy() {
        return emailCopy;
    }

    public void setEmailCopy(boolean emailCopy) {
        this.emailCopy = emailCopy;
    }
}
