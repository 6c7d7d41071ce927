package org.mxdr.approvals.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.approvals.boundary.ApprovalService;
import org.mxdr.approvals.entity.ApprovalState;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.NotFound;

/**
 * The page an approval mail links to: it shows the action and asks to confirm; opening it
 * changes nothing, only the confirming button answers (once).
 */
@Named
@ViewScoped
public class ApprovalLinkView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ApprovalService approvals;

    private String token;
    private ApprovalService.Shown shown;
    private String problem;
    private String answer;

    public void load() {
        try {
            shown = approvals.byLink(token);
        } catch (NotFound | Conflict refused) {
            problem = refused.getMessage();
        }
    }

    public void approve() {
        answer(true);
    }

    public void deny() {
        answer(false);
    }

    private void answer(boolean approve) {
        try {
            shown = approvals.answerByLink(token, approve);
            ApprovalState state = shown.request().getState();
            answer = switch (state) {
                case APPROVED -> "Approved: the experts' action runs now.";
                case DENIED -> "Denied: the experts will not take this action.";
                default -> "Not run: " + shown.request().getOutcome();
            };
        } catch (NotFound | Conflict refused) {
            problem = refused.getMessage();
        }
    }

    public boolean isAsking() {
        return problem == null && answer == null && shown != null;
    }

    /** The panel's heading, by the page's state: asking, answered, or a link that cannot be used. */
    public String getHeading() {
        if (isAsking()) {
            return "An action awaits your approval";
        }
        return answer != null ? "Your answer is recorded" : "Approval link";
    }

    public ApprovalService.Shown getShown() {
        return shown;
    }

    public String getProblem() {
        return problem;
    }

    public String getAnswer() {
        return answer;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
