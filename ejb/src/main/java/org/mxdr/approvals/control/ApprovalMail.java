package org.mxdr.approvals.control;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.approvals.entity.ApprovalLink;
import org.mxdr.approvals.entity.ApprovalRequest;
import org.mxdr.approvals.entity.ApprovalToken;
import org.mxdr.identity.entity.AppUser;
import org.mxdr.notify.control.Outbox;
import org.mxdr.platform.Role;
import org.mxdr.platform.Settings;
import org.mxdr.response.control.Incidents;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.ResponseAction;

/**
 * Mails the tenant's operators and admins about an approval request, each with a link of their
 * own: single-use, expiring with the request, signed. Written to the outbox in the caller's transaction.
 */
@Stateless
@PermitAll
public class ApprovalMail {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    ApprovalKey key;

    @Inject
    Incidents incidents;

    /** The enabled operators and admins of the tenant: who may answer. */
    public List<AppUser> approvers(String tenantId) {
        return em.createQuery("SELECT u FROM AppUser u WHERE u.tenantId = :t AND u.role IN :roles AND u.enabled = true ORDER BY u.username",
                AppUser.class).setParameter("t", tenantId).setParameter("roles", List.of(Role.TENANT_OPERATOR, Role.TENANT_ADMIN))
                .getResultList();
    }

    /** One mail per approver; {@code reminder} is the number of the reminder, 0 for the request itself. */
    public int send(ApprovalRequest request, Incident incident, ResponseAction action, int reminder) {
        List<AppUser> to = approvers(request.getTenantId());
        String target = incidents.targetName(action);
        for (AppUser approver : to) {
            ApprovalLink link = ApprovalLink.issue(request, approver.getUsername());
            em.persist(link);
            String url = Settings.publicUrl() + "/approval.xhtml?token=" + ApprovalToken.of(link, key.key());
            outbox.enqueue(approver.getEmail(), (reminder == 0 ? "Approval needed: " : "Reminder " + reminder + ", approval needed: ")
                    + action.getType().label() + " on " + target, """
                    Hello %s,

                    The provider's security experts ask your approval before they act on the incident
                    %s "%s" (severity %s):

                        %s on %s%s
                        asked by %s

                    Your organisation's response policy asks for approval of this action. Open this link
                    to see the action and approve or deny it (it works once, for you only):

                    %s

                    Or answer under Approvals in the MXDR Console. Without an answer by %s,
                    the experts will not act and the action becomes a recommendation for you.
                    """.formatted(approver.getUsername(), incident.getKey(), incident.getTitle(), incident.getSeverity(), action.getType().label(),
                    target, action.getDetail() == null ? "" : " (" + action.getDetail() + ")", action.getRequestedBy(), url,
                    WHEN.format(request.getDueAt())));
        }
        return to.size();
    }
}
