package org.mxdr.credits.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.mxdr.access.control.AccessControl;
import org.mxdr.access.entity.Operation;
import org.mxdr.credits.control.Questions;
import org.mxdr.credits.entity.Question;
import org.mxdr.credits.entity.QuestionMessage;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.FirstRow;
import org.mxdr.platform.PageSize;
import org.mxdr.platform.Role;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;

/**
 * Ask the experts: a tenant's own users ask and follow up; experts answer, and read, only the
 * questions of tenants whose grant lets them in (any level: answering is chatting).
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER})
public class QuestionService {
    @Inject
    Callers callers;

    @Inject
    AccessControl access;

    @Inject
    Questions questions;

    @Inject
    Tenants tenants;

    /** Asks; the answer says which credit it used, or that it is beyond allocation. */
    public Question ask(@TenantId String tenantId, String subject, String body, String incidentId,
                        boolean emailCopy) {
        Caller caller = callers.requireTenant(tenantId, "ask the experts");
        return questions.ask(caller.username(), tenantId, subject, body, incidentId, emailCopy);
    }

    public QuestionMessage followUp(@TenantId String tenantId, String questionId, String body) {
        Caller caller = callers.requireTenant(tenantId, "follow up a question");
        return questions.followUp(caller.username(), tenantId, questionId, body);
    }

    @RolesAllowed(Roles.EXPERT)
    public QuestionMessage answer(@TenantId String tenantId, String questionId, String body) {
        Caller caller = reach(tenantId, "answer a question");
        return questions.answer(caller.username(), tenantId, questionId, body);
    }

    @RolesAllowed({Roles.EXPERT, Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER})
    public Thread thread(@TenantId String tenantId, String questionId) {
        reach(tenantId, "read a question");
        Question q = questions.in(tenantId, questionId);
        return new Thread(q, tenants.find(tenantId).getName(), questions.thread(q.getId()));
    }

    @RolesAllowed({Roles.EXPERT, Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER})
    public List<Question> list(@TenantId String tenantId,
                               @FirstRow int first,
                               @PageSize int size) {
        reach(tenantId, "list questions");
        return questions.ofTenant(tenantId, first, size);
    }

    @RolesAllowed({Roles.EXPERT, Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER})
    public long count(@TenantId String tenantId) {
        reach(tenantId, "count questions");
        return questions.countOfTenant(tenantId);
    }

    /** The expert's list: the questions of every tenant whose grant is live now. */
    @RolesAllowed(Roles.EXPERT)
    public List<Questions.Row> forExperts(@FirstRow int first,
                                          @PageSize int size) {
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
