package org.mxdr.credits.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.mxdr.access.control.AccessControl;
import org.mxdr.access.entity.Operation;
import org.mxdr.credits.control.Questions;
import org.mxdr.credits.entity.Question;
import org.mxdr.credits.entity.QuestionMessage;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Role;
import org.mxdr.platform.Roles;

/**
 * Ask the experts: a tenant's own users ask and follow up; experts answer, and read, only the
 * questions of tenants whose grant lets them in (any level: answering is chatting).
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER})
public class QuestionService {
    public static final int MAX_PAGE = 200;

    @Inject
    Callers callers;

    @Inject
    AccessControl access;

    @Inject
    Questions questions;

    @Inject
    Tenants tenants;

    /** Asks; the answer says which credit it used, or that it is beyond allocation. */
    public Question ask(@NotNull(message = "A tenant id is required.") String tenantId, String subject, String body, String incidentId,
                        boolean emailCopy) {
        Caller caller = callers.requireTenant(tenantId, "ask the experts");
        return questions.ask(caller.username(), tenantId, subject, body, incidentId, emailCopy);
    }

    public QuestionMessage followUp(@NotNull(message = "A tenant id is required.") String tenantId, String questionId, String body) {
        Caller caller = callers.requireTenant(tenantId, "follow up a question");
        return questions.followUp(caller.username(), tenantId, questionId, body);
    }

    @RolesAllowed(Roles.EXPERT)
    public QuestionMessage answer(@NotNull(message = "A tenant id is required.") String tenantId, String questionId, String body) {
        Caller caller = reach(tenantId, "answer a question");
        return questions.answer(caller.username(), tenantId, questionId, body);
    }

    @RolesAllowed({Roles.EXPERT, Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER})
    public Thread thread(@NotNull(message = "A tenant id is required.") String tenantId, String questionId) {
        reach(tenantId, "read a question");
        Question q = questions.in(tenantId, questionId);
        return new Thread(q, tenants.find(tenantId).getName(), questions.thread(q.getId()));
    }

    @RolesAllowed({Roles.EXPERT, Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER})
    public List<Question> list(@NotNull(message = "A tenant id is required.") String tenantId,
                               @Min(value = 0, message = "The first row cannot be negative.") int first,
                               @Min(value = 1, message = "A page has at least one row.")
                               @Max(value = MAX_PAGE, message = "A page has at most 200 rows.") int size) {
        reach(tenantId, "list questions");
        return questions.ofTenant(tenantId, first, size);
    }

    @RolesAllowed({Roles.EXPERT, Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER})
    public long count(@NotNull(message = "A tenant id is required.") String tenantId) {
        reach(tenantId, "count questions");
        return questions.countOfTenant(tenantId);
    }

    /** The expert's list: the questions of every tenant whose grant is live now. */
    @RolesAllowed(Roles.EXPERT)
    public List<Questions.Row> forExperts(@Min(value = 0, message = "The first row cannot be negative.") int first,
                                          @Min(value = 1, message = "A page has at least one row.")
                                          @Max(value = MAX_PAGE, message = "A page has at most 200 rows.") int size) {
        return questions.forExperts(first, size);
    }

    @RolesAllowed(Roles.EXPERT)
    public long countForExperts() {
        return questions.countForExperts();
    }

    /** Tenant users reach their own tenant; an expert a tenant whose grant lets the experts chat. */
    private Caller reach(String tenantId, String what) {
        Caller caller = callers.current();
        if (caller.is(Role.EXPERT)) {
            access.require(caller.username(), tenantId, Operation.CHAT);
            return caller;
        }
        return callers.requireTenant(tenantId, what);
    }

    /** A question with its tenant's name and its answers and follow-ups in order. */
    public record Thread(Question question, String tenantName, List<QuestionMessage> messages) {
    }
}
