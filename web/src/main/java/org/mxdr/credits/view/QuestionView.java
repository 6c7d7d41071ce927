package org.mxdr.credits.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.credits.boundary.QuestionService;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.Role;
import org.mxdr.platform.view.FieldMessages;

/** One question's thread, and the composer: an answer for an expert, a follow-up for the tenant's users. */
@Named
@ViewScoped
public class QuestionView implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "replyForm";

    @Inject
    transient UserService users;

    @Inject
    transient QuestionService questions;

    private String tenantId;
    private String id;
    private boolean expert;
    private QuestionService.Thread thread;
    private String body;

    public void load() {
        expert = users.me().is(Role.EXPERT);
        if (tenantId == null || tenantId.isBlank()) {
            tenantId = users.me().tenantId();
        }
        thread = questions.thread(tenantId, id);
    }

    public void send() {
        try {
            if (expert) {
                questions.answer(tenantId, id, body);
                FieldMessages.info("Your answer is in the thread.");
            } else {
                questions.followUp(tenantId, id, body);
                FieldMessages.info("Your follow-up is with the experts.");
            }
            body = null;
        } catch (BadInput | Conflict | NotFound refused) {
            FieldMessages.show(FORM, refused);
        }
        thread = questions.thread(tenantId, id);
    }

    public QuestionService.Thread getThread() {
        return thread;
    }

    public boolean isExpert() {
        return expert;
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
