package org.mxdr.credits.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which credit a question consumes: the usable credit that expires soonest, unless none is left or
 * the policy's limit for the period is reached; then the question is beyond allocation.
 */
public final class CreditLedger {
    private static final Comparator<Credit> SOONEST_EXPIRING = Comparator.comparing(Credit::getExpiresOn)
            .thenComparing(Credit::getAssignedOn).thenComparing(Credit::getId);

    private final CreditRules rules;
    private final List<Credit> credits;
    private final long usedInPeriod;

    /**
     * @param credits      the subscription's unused credits (expired ones are ignored)
     * @param usedInPeriod how many of its credits were used in the policy's period containing the question's day
     */
    public CreditLedger(CreditRules rules, List<Credit> credits, long usedInPeriod) {
        this.rules = rules;
        this.credits = List.copyOf(credits);
        this.usedInPeriod = usedInPeriod;
    }

    /** Marks the soonest-expiring usable credit used by the question and returns it; empty when beyond allocation. */
    public Optional<Credit> consumeSoonestExpiring(String questionId, Instant at) {
        CreditPeriod period = rules.periodOf(CreditRules.dayOf(at));
        if (usedInPeriod >= rules.usableIn(period)) {
            return Optional.empty();
        }
        Optional<Credit> chosen = credits.stream().filter(c -> c.usableAt(at)).min(SOONEST_EXPIRING);
        chosen.ifPresent(c -> c.useFor(questionId, at));
        return chosen;
    }

    /** One line of the tenant's ledger as of a day. */
    public record Line(String id, String period, LocalDate assignedOn, LocalDate expiresOn, CreditState state, String questionId,
                       Instant usedAt) {
        public static Line of(Credit c, LocalDate terminatedOn, LocalDate today) {
            return new Line(c.getId(), c.getPeriod(), c.getAssignedOn(), c.expiresOn(terminatedOn), c.stateOn(today, terminatedOn),
                    c.getQuestionId(), c.getUsedAt());
        }
    }

    /** Assigned = used + expired + remaining, always: each credit is in exactly one state. */
    public record Totals(long assigned, long used, long expired, long remaining) {
        public static Totals of(List<Line> lines) {
            long used = lines.stream().filter(l -> l.state() == CreditState.USED).count();
            long expired = lines.stream().filter(l -> l.state() == CreditState.EXPIRED).count();
            long remaining = lines.stream().filter(l -> l.state() == CreditState.AVAILABLE).count();
            return new Totals(lines.size(), used, expired, remaining);
        }

        public boolean addsUp() {
            return assigned == used + expired + remaining;
        }
    }
}
