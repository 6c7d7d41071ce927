package org.mxdr.approvals.control;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.mxdr.approvals.entity.ApprovalLink;
import org.mxdr.approvals.entity.ApprovalToken;
import org.mxdr.identity.entity.AppUser;
import org.mxdr.platform.NotFound;

/**
 * The links of approval mails: a token whose signature fails is unknown, a used or expired one is
 * refused, and its approver must still be an enabled operator or admin of the tenant.
 */
@Stateless
@PermitAll
public class ApprovalLinks {
    static final String INVALID = "This approval link is not valid; open the approvals in the MXDR Console.";

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ApprovalKey key;

    @Inject
    ApprovalMail mail;

    /** The usable link behind the token, locked when it is to be used. */
    public ApprovalLink usable(String token, boolean lock) {
        String id = ApprovalToken.linkId(token, key.key()).orElseThrow(() -> new NotFound(INVALID));
        ApprovalLink link = em.find(ApprovalLink.class, id, lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        if (link == null) {
            throw new NotFound(INVALID);
        }
        link.requireUsable(Instant.now(clock));
        boolean stillApprover = mail.approvers(link.getTenantId()).stream().map(AppUser::getUsername).anyMatch(link.getUsername()::equals);
        if (!stillApprover) {
            throw new NotFound(INVALID);
        }
        return link;
    }
}
