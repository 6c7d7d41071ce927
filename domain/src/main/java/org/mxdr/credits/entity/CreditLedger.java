package org.mxdr.credits.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which credit a question consumes: the usable credit that expires soonest, unless none is left or
 * the policy's limit for the period is reached; then the question is beyond allocation. And the
 * ledger's lines: every credit of every grant, used, expired or available.
 */
public final class CreditLedger {
    private static final Comparator<CreditGrant> SOONEST_EXPIRING = Comparator.comparing(CreditGrant::getExpiresOn)
            .thenComparing(CreditGrant::getAssignedOn).thenComparing(CreditGrant::getId);

    private final CreditRules rules;
    private final List<CreditGrant> grants;
    private final long usedInPeriod;

    /**
     * @param grants       the subscription's grants with credits left (others are ignored)
     * @param usedInPeriod how many of its credits were used in the policy's period containing the question's day
     */
    public CreditLedger(CreditRules rules, List<CreditGrant> grants, long usedInPeriod) {
        this.rules = rules;
        this.grants = List.copyOf(grants);
        this.usedInPeriod = usedInPeriod;
    }

    /** Uses the soonest-expiring usable credit for the question and returns its use; empty when beyond allocation. */
    public Optional<CreditUse> consumeSoonestExpiring(String questionId, Instant at) {
        CreditPeriod period = rules.periodOf(CreditRules.dayOf(at));
        if (usedInPeriod >= rules.usableIn(period)) {
            return Optional.empty();
        }
        return grants.stream().filter(g -> g.usableAt(at)).min(SOONEST_EXPIRING).map(g -> g.useFor(questionId, at));
    }

    /** One credit of the tenant's ledger as of a day. */
    public record Line(String id, String period, LocalDate assignedOn, LocalDate expiresOn, CreditState state, String questionId,
                       Instant usedAt) {

        /** The grant's credits one by one: the used ones with their question, then those left, available or expired. */
        public static List<Line> of(CreditGrant g, Map<Integer, CreditUse> uses, LocalDate terminatedOn, LocalDate today) {
            List<Line> lines = new ArrayList<>(g.getCredits());
            CreditState unused = g.unusedStateOn(today, terminatedOn);
            for (int n = 1; n <= g.getCredits(); n++) {
                CreditUse use = uses.get(n);
                lines.add(use != null
                        ? new Line(use.getId(), g.getPeriod(), g.getAssignedOn(), g.expiresOn(terminatedOn), CreditState.USED,
                                use.getQuestionId(), use.getUsedAt())
                        : new Line(g.creditId(n), g.getPeriod(), g.getAssignedOn(), g.expiresOn(terminatedOn), unused, null, null));
            }
            return lines;
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
