package org.mxdr.credits.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.credits.entity.Credit;
import org.mxdr.credits.entity.CreditLedger;
import org.mxdr.credits.entity.CreditPeriod;
import org.mxdr.credits.entity.CreditRules;
import org.mxdr.credits.entity.Question;
import org.mxdr.onboarding.entity.Subscription;

/** Reads a tenant's ledger and charges questions to it, for boundaries that checked the caller's rights. */
@Stateless
@PermitAll
public class Ledgers {

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
        List<Entry> entries = em.createQuery("SELECT c, s.terminatedAt, q.subject FROM Credit c JOIN Subscription s ON s.id = c.subscriptionId "
                        + "LEFT JOIN Question q ON q.id = c.questionId WHERE c.tenantId = :tenantId "
                        + "ORDER BY c.assignedOn DESC, c.expiresOn DESC, c.id", Object[].class)
                .setParameter("tenantId", tenantId).getResultStream()
                .map(row -> new Entry(CreditLedger.Line.of((Credit) row[0], row[1] == null ? null : CreditRules.dayOf((Instant) row[1]), today),
                        (String) row[2]))
                .toList();
        return new Ledger(tenantId, today, CreditLedger.Totals.of(entries.stream().map(Entry::line).toList()), entries);
    }

    /**
     * Charges the question to the subscription's soonest-expiring usable credit, or marks it beyond
     * allocation. The caller holds the tenant's lock, so two questions never take the same credit.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<Credit> charge(Question question, Subscription subscription) {
        Instant now = Instant.now(clock);
        LocalDate today = CreditRules.dayOf(now);
        CreditRules rules = CreditRules.of(subscription.getCreditPolicy());
        List<Credit> usable = em.createNamedQuery(Credit.AVAILABLE, Credit.class).setParameter("subscriptionId", subscription.getId())
                .setParameter("today", today).getResultList();
        CreditPeriod period = rules.periodOf(today);
        long usedInPeriod = em.createNamedQuery(Credit.USED_BETWEEN, Long.class).setParameter("subscriptionId", subscription.getId())
                .setParameter("from", startOf(period.start())).setParameter("until", startOf(period.next().start())).getSingleResult();
        Optional<Credit> credit = new CreditLedger(rules, usable, usedInPeriod).consumeSoonestExpiring(question.getId(), now);
        question.charged(credit.orElse(null));
        return credit;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }
}
