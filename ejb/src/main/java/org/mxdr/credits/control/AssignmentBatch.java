package org.mxdr.credits.control;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.credits.entity.CreditGrant;
import org.mxdr.credits.entity.CreditPeriod;
import org.mxdr.credits.entity.CreditRules;
import org.mxdr.onboarding.entity.CreditPolicy;

/**
 * One batch of the assignment, in its own transaction: the next subscriptions (by id) that are
 * due credits for the period and have none yet, with their grants. A batch that meets
 * a grant another run committed meanwhile rolls back whole and reports the collision; the caller
 * repeats it, and the repeat no longer sees what the other run granted.
 */
@Stateless
@PermitAll
public class AssignmentBatch {
    private static final Logger LOG = Logger.getLogger(AssignmentBatch.class.getName());

    // the pre-selection of the policy's rules; the rules decide each row. The subscriptions are walked in id order from
    // where the last batch stopped (index ix_subscription_credit_batch); "g.subscriptionId > :after", implied by the join,
    // lets the grants' index start there too, so a batch never reads the grants the batches before it wrote
    private static final String DUE = "SELECT s.id, s.tenantId, s.term.firstDay, s.term.lastDay FROM Subscription s "
            + "WHERE s.creditPolicy = :policy AND s.terminatedAt IS NULL AND s.term.firstDay <= :lastDay AND s.term.lastDay >= :firstDay "
            + "AND s.id > :after AND NOT EXISTS (SELECT g.id FROM CreditGrant g WHERE g.subscriptionId = s.id AND g.subscriptionId > :after "
            + "AND g.period = :period) "
            + "ORDER BY s.id";

    /** What one batch did. {@code last} is the id to continue after; null when nothing was left. */
    public record Result(int scanned, int granted, int credits, String last, boolean collided) {
        static Result collision() {
            return new Result(0, 0, 0, null, true);
        }
    }

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Inject
    GrantWriter writer;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result grantNext(CreditPeriod period, LocalDate today, String after, int size) {
        CreditRules rules = rules(period);
        LocalDate lastDay = period.end().isBefore(today) ? period.end() : today;
        List<Object[]> rows = em.createQuery(DUE, Object[].class).setParameter("policy", rules.policy())
                .setParameter("lastDay", lastDay).setParameter("firstDay", period.start()).setParameter("after", after)
                .setParameter("period", period.toString()).setMaxResults(size).getResultList();
        if (rows.isEmpty()) {
            return new Result(0, 0, 0, null, false);
        }
        Instant now = Instant.now(clock);
        List<CreditGrant> grants = new ArrayList<>();
        for (Object[] row : rows) {
            var allotment = rules.allotment((LocalDate) row[2], (LocalDate) row[3], period, today);
            if (allotment.isPresent()) {
                grants.add(CreditGrant.of((String) row[0], (String) row[1], rules, allotment.get(), now));
            }
        }
        try {
            writer.write(grants);
        } catch (SQLException e) {
            // another run granted one of these subscriptions first (or holds it): none of this batch is kept
            LOG.fine(() -> "Credit batch of " + period + " met another run's grant; repeating it: " + e);
            context.setRollbackOnly();
            return Result.collision();
        }
        return new Result(rows.size(), grants.size(), grants.stream().mapToInt(CreditGrant::getCredits).sum(), (String) rows.get(rows.size() - 1)[0], false);
    }

    private static CreditRules rules(CreditPeriod period) {
        return CreditRules.of(period.kind() == CreditPeriod.Kind.MONTH ? CreditPolicy.MONTHLY : CreditPolicy.QUARTERLY);
    }
}
