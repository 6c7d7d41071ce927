package org.mxdr.reports.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mxdr.response.entity.ActionType;
import org.mxdr.response.entity.Classification;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.ResponseAction;
import org.mxdr.response.entity.Severity;

/** How the reports count: who resolved an incident, and its time split into the experts' and the customer's. */
class IncidentFactsTest {
    private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

    private static Incident incident() {
        return Incident.report("tenant-1", 1, new Incident.Report("ext-1", "Ransomware", Severity.HIGH, "Malware", "Impact", null,
                List.of("d-1"), List.of("u-1")), false, T0);
    }

    @Test
    void anIncidentTheCustomerHelpedWithCountsItsWaitAsTheCustomersTime() {
        Incident i = incident();
        i.take("expert", T0.plusSeconds(60));
        i.classify(Classification.TRUE_POSITIVE, "Ransomware staging", "expert", T0.plusSeconds(120));
        ResponseAction card = ResponseAction.recommend(i, ActionType.DISABLE_USER, "u-1", null, "Its password was phished", "Reader grant", "expert", T0.plusSeconds(180));
        i.awaitCustomer(T0.plusSeconds(180));
        // a second card while waiting does not restart the wait
        i.awaitCustomer(T0.plusSeconds(300));
        card.answer(true, "operator", T0.plusSeconds(3780));
        i.cardsAnswered(T0.plusSeconds(3780));
        i.resolve("expert", 0, T0.plusSeconds(4000));

        IncidentFacts f = IncidentFacts.of(i, List.of(card), Map.of("d-1", "HOST-1"), Map.of());
        assertEquals(IncidentFacts.WITH_CUSTOMER, f.resolution());
        assertEquals(3_600_000L, f.customerMs());
        assertEquals(4_000_000L, f.resolveMs());
        assertEquals(400_000L, f.expertMs());
        assertEquals(T0.plusSeconds(60), f.takenAt());
        assertEquals(T0.plusSeconds(120), f.classifiedAt());
        assertNull(f.awaitingCustomerSince());
        assertEquals(1, f.cards());
        assertEquals(0, f.cardsOpen());
        assertEquals(3_600_000L, f.actions().get(0).answerMs());
        assertEquals(List.of(new IncidentFacts.Asset(IncidentFacts.DEVICE, "d-1", "HOST-1"), new IncidentFacts.Asset(IncidentFacts.USER, "u-1", null)),
                f.assets());
    }

    @Test
    void theFactsCarryEachTargetsOutcomeForTheReportsCompliance() {
        Incident i = incident();
        assertNull(IncidentFacts.of(i, List.of(), Map.of(), Map.of()).slaMet(), "no targets held: nothing to count");
        i.holdTo(new org.mxdr.servicelevels.entity.Targets(java.time.Duration.ofMinutes(15), java.time.Duration.ofHours(1),
                java.time.Duration.ofHours(24)));
        assertEquals("---", IncidentFacts.of(i, List.of(), Map.of(), Map.of()).slaMet());
        i.take("expert", T0.plusSeconds(600));
        i.classify(Classification.FALSE_POSITIVE, "Admin script", "expert", T0.plusSeconds(4000));
        assertEquals("YNY", IncidentFacts.of(i, List.of(), Map.of(), Map.of()).slaMet(), "taken in time, classified late, resolved in time");
    }

    @Test
    void aFalsePositiveIsResolvedByTheExpertsAloneAndAnOpenIncidentByNobody() {
        Incident open = incident();
        IncidentFacts waiting = IncidentFacts.of(open, List.of(), Map.of(), Map.of());
        assertNull(waiting.resolution());
        assertNull(waiting.resolveMs());
        assertNull(waiting.expertMs());

        Incident i = incident();
        i.classify(Classification.FALSE_POSITIVE, "Admin script", "expert", T0.plusSeconds(900));
        IncidentFacts f = IncidentFacts.of(i, List.of(), Map.of(), Map.of());
        assertEquals(IncidentFacts.BY_EXPERTS, f.resolution());
        assertEquals(T0.plusSeconds(900), f.takenAt(), "classifying takes it");
        assertEquals(900_000L, f.expertMs());
        assertEquals(0L, f.customerMs());
    }

    @Test
    void anIncidentResolvedWhileAwaitingTheCustomerClosesTheWait() {
        Incident i = incident();
        i.classify(Classification.TRUE_POSITIVE, "Phishing", "expert", T0);
        i.awaitCustomer(T0.plusSeconds(100));
        assertEquals(T0.plusSeconds(100), IncidentFacts.of(i, List.of(), Map.of(), Map.of()).awaitingCustomerSince());
        i.resolve("operator", 0, T0.plusSeconds(700));
        assertEquals(600_000L, i.getAwaitedCustomerMs());
        assertNull(i.getAwaitingCustomerSince());
    }
}
