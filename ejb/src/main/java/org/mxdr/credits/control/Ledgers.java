package org.mxdr.credits.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.credits.entity.CreditGrant;
import org.mxdr.credits.entity.CreditLedger;
import org.mxdr.credits.entity.CreditPeriod;
import org.mxdr.credits.entity.CreditRules;
import org.mxdr.credits.entity.CreditUse;
import org.mxdr.credits.entity.Question;
import org.mxdr.onboarding.entity.Subscription;

/** Reads a tenant's ledger and charges questions to it, for boundaries that checked the caller's rights. */
@Stateless
@PermitAll
public class Ledgers {
    private static final String USED_IN = "SELECT COUNT(u) FROM CreditUse u JOIN CreditGrant g ON g.id = u.grantId "
            + "WHERE g.subscriptionId = :subscriptionId AND u.usedAt >= :from AND u.usedAt < :until";

    /** A line of the ledger with the subject of the question that used the credit. */
    public record Entry(CreditLedger.Line line, String questionSubject) {
    }

    /** The tenant's ledger as of a day: every credit ever assigned to it, newest first, and the totals. */
    public record Ledger(String tenantId, LocalDate asOf, CreditLedger.Totals totals, List<Entry> entries) {
    }

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    public Ledger of(String tenantId) {
        LocalDate today = LocalDate.now(clock);
        List<Object[]> grants = em.createQuery("SELECT g, s.terminatedAt FROM CreditGrant g JOIN Subscription s ON s.id = g.subscriptionId "
                + "WHERE g.tenantId = :tenantId ORDER BY g.assignedOn DESC, g.expiresOn DESC, g.id", Object[].class)
                .setParameter("tenantId", tenantId).getResultList();
        Map<String, Map<Integer, CreditUse>> uses = new HashMap<>();
        Map<String, String> subjects = new HashMap<>();
        em.createQuery("SELECT u, q.subject FROM CreditUse u JOIN CreditGrant g ON g.id = u.grantId JOIN Question q ON q.id = u.questionId "
                        + "WHERE g.tenantId = :tenantId", Object[].class).setParameter("tenantId", tenantId).getResultStream()
                .forEach(row -> {
                    CreditUse u = (CreditUse) row[0];
                    uses.computeIfAbsent(u.getGrantId(), k -> new HashMap<>()).put(u.getSeq(), u);
                    subjects.put(u.getQuestionId(), (String) row[1]);
                });
        List<Entry> entries = new ArrayList<>();
        for (Object[] row : grants) {
            CreditGrant g = (CreditGrant) row[0];
            LocalDate terminatedOn = row[1] == null ? null : CreditRules.dayOf((Instant) row[1]);
            for (CreditLedger.Line line : CreditLedger.Line.of(g, uses.getOrDefault(g.getId(), Map.of()), terminatedOn, today)) {
                entries.add(new Entry(line, line.questionId() == null ? null : subjects.get(line.questionId())));
            }
        }
        return new Ledger(tenantId, today, CreditLedger.Totals.of(entries.stream().map(Entry::line).toList()), entries);
    }

    /**
     * Charges the question to the subscription's soonest-expiring usable credit, or marks it beyond
     * allocation. The caller holds the tenant's lock, so two questions never take the same credit.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<CreditUse> charge(Question question, Subscription subscription) {
        Instant now = Instant.now(clock);
        LocalDate today = CreditRules.dayOf(now);
        CreditRules rules = CreditRules.of(subscription.getCreditPolicy());
        List<CreditGrant> usable = em.createNamedQuery(CreditGrant.USABLE, CreditGrant.class)
                .setParameter("subscriptionId", subscription.getId()).setParameter("today", today).getResultList();
        CreditPeriod period = rules.periodOf(today);
        long usedInPeriod = em.createQuery(USED_IN, Long.class).setParameter("subscriptionId", subscription.getId())
                .setParameter("from", startOf(period.start())).setParameter("until", startOf(period.next().start())).getSingleResult();
        Optional<CreditUse> use = new CreditLedger(rules, usable, usedInPeriod).consumeSoonestExpiring(question.getId(), now);
        use.ifPresent(em::persist);
        question.charged(use.orElse(null));
        return use;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
