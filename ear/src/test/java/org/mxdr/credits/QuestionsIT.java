package org.mxdr.credits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.credits.CreditWorld.Subscribed;
import org.mxdr.credits.boundary.QuestionService;
import org.mxdr.credits.control.CreditAssignment;
import org.mxdr.credits.control.CreditReminders;
import org.mxdr.credits.control.Ledgers;
import org.mxdr.credits.entity.CreditPeriod;
import org.mxdr.credits.entity.CreditState;
import org.mxdr.credits.entity.Question;
import org.mxdr.credits.entity.QuestionStatus;
import org.mxdr.credits.entity.Side;
import org.mxdr.onboarding.entity.CreditPolicy;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.Role;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.TestClock;

/**
 * Questions through the EJB layer: the credit each consumes, beyond allocation, answers only
 * through a live grant, the thread, the email copies and the expiry reminder; the ledger adds up
 * in every test. Each test lives in a month of 2035 of its own.
 */
@ExtendWith(ArquillianExtension.class)
class QuestionsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(QuestionsIT.class, CreditWorld.class);
    }

    @Inject
    CreditWorld world;

    @Inject
    CreditAssignment assignment;

    @Inject
    QuestionService questions;

    @Inject
    CreditReminders reminders;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void questionsConsumeTheSoonestExpiringCreditAndTheThirdOfAMonthWithTwoIsBeyondAllocation() throws Exception {
        world.clockAt(Instant.parse("2035-03-02T09:00:00Z"));
        Subscribed since = world.subscribed("since January", LocalDate.parse("2035-01-01"), LocalDate.parse("2035-12-31"), CreditPolicy.MONTHLY);
        Subscribed fresh = world.subscribed("since March", LocalDate.parse("2035-03-01"), LocalDate.parse("2036-02-28"), CreditPolicy.MONTHLY);
        LocalDate today = LocalDate.parse("2035-03-02");
        for (String month : List.of("2035-01", "2035-02", "2035-03")) {
            assignment.assign(CreditPeriod.parse(month), today);
        }
        String reader = world.user("qrd-" + Fixtures.unique(), Role.TENANT_READER, since.tenantId());
        List<String> used = As.user(reader, Fixtures.PASSWORD, () -> List.of(
                period(questions.ask(since.tenantId(), "First", "Is this phishing?", null, false)),
                period(questions.ask(since.tenantId(), "Second", "And this?", null, false)),
                period(questions.ask(since.tenantId(), "Third", "And that?", null, false))));
        assertEquals(List.of("2035-01", "2035-01", "2035-02"), used, "January's expire first (1 April), then February's");
        Ledgers.Ledger ledger = world.ledger(since, reader);
        assertEquals(6, ledger.totals().assigned());
        assertEquals(3, ledger.totals().used());
        assertEquals(3, ledger.totals().remaining());
        assertTrue(ledger.entries().stream().filter(e -> e.line().state() == CreditState.USED)
                .allMatch(e -> List.of("First", "Second", "Third").contains(e.questionSubject())), "each used credit names its question");

        String freshReader = world.user("qrd-" + Fixtures.unique(), Role.TENANT_READER, fresh.tenantId());
        List<Question> asked = As.user(freshReader, Fixtures.PASSWORD, () -> List.of(
                questions.ask(fresh.tenantId(), "One", "Q1", null, false),
                questions.ask(fresh.tenantId(), "Two", "Q2", null, false),
                questions.ask(fresh.tenantId(), "Three", "Q3", null, false)));
        assertFalse(asked.get(0).isBeyondAllocation());
        assertFalse(asked.get(1).isBeyondAllocation());
        assertTrue(asked.get(2).isBeyondAllocation(), "accepted all the same, beyond allocation");
        assertNull(asked.get(2).getCreditId());
        Ledgers.Ledger freshLedger = world.ledger(fresh, freshReader);
        assertEquals(2, freshLedger.totals().assigned());
        assertEquals(2, freshLedger.totals().used());
        assertEquals(0, freshLedger.totals().remaining());
        assertEquals(3, As.user(freshReader, Fixtures.PASSWORD, () -> questions.count(fresh.tenantId())));
    }

    @Test
    void expertsAnswerOnlyThroughALiveGrantAndTheThreadShowsBothSides() throws Exception {
        world.clockAt(Instant.parse("2035-06-10T09:00:00Z"));
        Subscribed s = world.subscribed("thread", LocalDate.parse("2035-06-01"), LocalDate.parse("2036-05-31"), CreditPolicy.MONTHLY);
        assignment.assign(CreditPeriod.parse("2035-06"), LocalDate.parse("2035-06-10"));
        String u = Fixtures.unique();
        String reader = world.user("qrd-" + u, Role.TENANT_READER, s.tenantId());
        String expert = world.user("qex-" + u, Role.EXPERT, null);
        Question q = As.user(reader, Fixtures.PASSWORD, () -> questions.ask(s.tenantId(), "Suspicious sign-in", "Is this a threat?", null, true));
        assertEquals(1, mails(reader + "@example.org", "Your question to the MXDR experts: Suspicious sign-in"), "the copy asked for");

        // no grant yet: the expert neither sees nor answers it
        assertThrows(AccessDenied.class, () -> As.user(expert, Fixtures.PASSWORD, () -> questions.answer(s.tenantId(), q.getId(), "Hi")));
        assertThrows(AccessDenied.class, () -> As.user(expert, Fixtures.PASSWORD, () -> questions.thread(s.tenantId(), q.getId())));
        assertFalse(expertSees(expert, q));

        world.grantExperts(s, "soc-" + u + "@example.org");
        assertTrue(expertSees(expert, q));
        As.run(expert, Fixtures.PASSWORD, () -> questions.answer(s.tenantId(), q.getId(), "No: it is the user's new phone."));
        assertEquals(1, mails(reader + "@example.org", "The MXDR experts answered: Suspicious sign-in"));
        As.run(reader, Fixtures.PASSWORD, () -> questions.followUp(s.tenantId(), q.getId(), "Thanks. Should we block the old one?"));
        QuestionService.Thread thread = As.user(expert, Fixtures.PASSWORD, () -> questions.thread(s.tenantId(), q.getId()));
        assertEquals(List.of(Side.EXPERT, Side.CUSTOMER), thread.messages().stream().map(m -> m.getSide()).toList());
        assertEquals(List.of(expert, reader), thread.messages().stream().map(m -> m.getAuthor()).toList());
        assertEquals(QuestionStatus.AWAITING_EXPERTS, thread.question().getStatus());
        assertEquals(1, world.ledger(s, reader).totals().used(), "answers and follow-ups use no credit");

        // the rest of the roles
        String otherReader = world.user("qrdo-" + u, Role.TENANT_READER, world.subscribed("other", LocalDate.parse("2035-06-01"),
                LocalDate.parse("2036-05-31"), CreditPolicy.MONTHLY).tenantId());
        assertThrows(AccessDenied.class, () -> As.user(otherReader, Fixtures.PASSWORD, () -> questions.thread(s.tenantId(), q.getId())));
        assertThrows(AccessDenied.class, () -> As.user(otherReader, Fixtures.PASSWORD, () -> questions.ask(s.tenantId(), "x", "y", null, false)));
        assertThrows(EJBAccessException.class, () -> As.user(reader, Fixtures.PASSWORD, () -> questions.answer(s.tenantId(), q.getId(), "x")));
        assertThrows(EJBAccessException.class, () -> As.user(expert, Fixtures.PASSWORD, () -> questions.ask(s.tenantId(), "x", "y", null, false)));
        assertThrows(EJBAccessException.class, () -> CreditWorld.asAdmin(() -> questions.ask(s.tenantId(), "x", "y", null, false)));
        assertEquals("subject", assertThrows(BadInput.class,
                () -> As.user(reader, Fixtures.PASSWORD, () -> questions.ask(s.tenantId(), " ", "y", null, false))).field());
    }

    @Test
    void aTenantWithoutAnActiveSubscriptionCannotAsk() throws Exception {
        world.clockAt(Instant.parse("2035-07-10T09:00:00Z"));
        Subscribed s = world.subscribed("scheduled", LocalDate.parse("2035-08-01"), LocalDate.parse("2036-07-31"), CreditPolicy.MONTHLY);
        String reader = world.user("qrd-" + Fixtures.unique(), Role.TENANT_READER, s.tenantId());
        assertThrows(Conflict.class, () -> As.user(reader, Fixtures.PASSWORD, () -> questions.ask(s.tenantId(), "Early", "Hello?", null, false)));
        assertEquals(0, world.ledger(s, reader).totals().assigned());
    }

    @Test
    void incidentContactsAreRemindedOnceOfCreditsExpiringWithin14Days() throws Exception {
        world.clockAt(Instant.parse("2035-09-15T06:00:00Z"));
        Subscribed s = world.subscribed("reminder", LocalDate.parse("2035-07-01"), LocalDate.parse("2036-06-30"), CreditPolicy.MONTHLY);
        String contact = "soc-" + Fixtures.unique() + "@example.org";
        world.grantExperts(s, contact);
        LocalDate today = LocalDate.parse("2035-09-15");
        for (String month : List.of("2035-07", "2035-08", "2035-09")) {
            assignment.assign(CreditPeriod.parse(month), today);
        }
        // July's credits expire on 29 September: within 14 days; August's on 30 October: not yet
        assertTrue(reminders.sendDue(today) >= 1);
        List<?> bodies = em.createNativeQuery("SELECT body FROM outbox_mail WHERE recipient = ?1 AND subject LIKE 'Question credits of %'")
                .setParameter(1, contact).getResultList();
        assertEquals(1, bodies.size());
        assertTrue(String.valueOf(bodies.get(0)).contains("2 credits can be used until 2035-09-28"), String.valueOf(bodies.get(0)));
        reminders.sendDue(today.plusDays(1));
        assertEquals(1, mails(contact, "Question credits of %"), "reminded once");
        Ledgers.Ledger ledger = world.ledger(s);
        assertEquals(6, ledger.totals().remaining());
    }

    private boolean expertSees(String expert, Question q) throws Exception {
        return As.user(expert, Fixtures.PASSWORD, () -> questions.forExperts(0, 200)).stream()
                .anyMatch(r -> r.question().getId().equals(q.getId()) && r.tenantName().startsWith("Credits thread"));
    }

    private String period(Question q) {
        return (String) em.createNativeQuery("SELECT g.period FROM credit_use u JOIN credit_grant g ON g.id = u.grant_id WHERE u.id = ?1").setParameter(1, q.getCreditId()).getSingleResult();
    }

    private long mails(String to, String subjectLike) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM outbox_mail WHERE recipient = ?1 AND subject LIKE ?2")
                .setParameter(1, to).setParameter(2, subjectLike).getSingleResult()).longValue();
    }
}
