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
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.mxdr.platform.Text;
import org.mxdr.response.control.Incidents;
import org.mxdr.platform.BadInput;
import org.mxdr.access.control.LiveGrants;
import org.mxdr.credits.entity.CreditUse;
import org.mxdr.credits.entity.Question;
import org.mxdr.credits.entity.QuestionMessage;
import org.mxdr.identity.entity.AppUser;
import org.mxdr.notify.control.Outbox;
import org.mxdr.onboarding.control.Subscriptions;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.onboarding.entity.Subscription;
import org.mxdr.onboarding.entity.SubscriptionStatus;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.Settings;
import org.mxdr.webhooks.control.WebhookEvents;
import org.mxdr.webhooks.entity.EventType;

/** Questions, their threads and their email copies, for boundaries that checked the caller's rights. */
@Stateless
@PermitAll
public class Questions {
    private static final String FOR_EXPERTS = " FROM Question q JOIN Tenant t ON t.id = q.tenantId" + LiveGrants.joinsOn("q.tenantId")
            + "WHERE " + LiveGrants.CONDITION;

    /** A question as a list shows it, with its tenant's name. */
    public record Row(Question question, String tenantName) {
    }

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Tenants tenants;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Ledgers ledgers;

    @Inject
    Outbox outbox;

    @Inject
    WebhookEvents webhookEvents;

    @Inject
    Incidents incidents;

    /** Asks, charging a credit or marking the question beyond allocation; the tenant's lock serialises the charges. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Question ask(String actor, String tenantId, String subject, String body, String incidentId, boolean emailCopy) {
        Tenant tenant = tenants.locked(tenantId);
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        Subscription subscription = subscriptions.latest(tenantId).filter(s -> s.statusOn(today) == SubscriptionStatus.ACTIVE)
                .orElseThrow(() -> new Conflict("Your organisation has no active subscription of the service, so the experts cannot take "
                        + "questions from it. Your commercial contact can tell you more."));
        String incident = incidentId == null || incidentId.isBlank() ? null : incidentId.strip();
        if (incident != null) {
            try {
                incident = incidents.find(tenantId, incident, false).getId(); // a short id (INC-1042) names it as well
            } catch (NotFound unknown) {
                throw new BadInput("incidentId", "There is no incident '" + Text.abbreviate(incident, 60)
                        + "' in your organisation; leave it empty for a question about no incident.");
            }
        }
        Question question = Question.ask(tenantId, subject, body, incident, emailCopy, actor, now);
        em.persist(question);
        Optional<CreditUse> credit = ledgers.charge(question, subscription);
        if (emailCopy) {
            emailOf(actor).ifPresent(to -> outbox.enqueue(to, "Your question to the MXDR experts: " + question.getSubject(), """
                    Hello %s,

                    this is the copy you asked for of your question to the experts of the MXDR service for %s.

                    Subject: %s

                    %s

                    %s
                    You will get an email when the experts answer. The thread:
                    %s
                    """.formatted(actor, tenant.getName(), question.getSubject(), question.getBody(),
                    credit.map(c -> "It used one question credit.")
                            .orElse("No question credit was left, so it is beyond allocation; the experts answer it all the same."),
                    link(question))));
        }
        return question;
    }

    /** The question within the tenant, its row locked so the messages of a thread are numbered one after the other. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Question lockedIn(String tenantId, String questionId) {
        Question q = em.find(Question.class, questionId == null ? "" : questionId, LockModeType.PESSIMISTIC_WRITE);
        return within(tenantId, questionId, q);
    }

    public Question in(String tenantId, String questionId) {
        return within(tenantId, questionId, em.find(Question.class, questionId == null ? "" : questionId));
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public QuestionMessage followUp(String actor, String tenantId, String questionId, String body) {
        Question q = lockedIn(tenantId, questionId);
        QuestionMessage m = q.followUp(actor, body, Instant.now(clock));
        em.persist(m);
        return m;
    }

    /** An expert's answer; the asker gets it by email when the question asked for copies. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public QuestionMessage answer(String actor, String tenantId, String questionId, String body) {
        Question q = lockedIn(tenantId, questionId);
        QuestionMessage m = q.answer(actor, body, Instant.now(clock));
        em.persist(m);
        JsonObjectBuilder answered = Json.createObjectBuilder().add("questionId", q.getId()).add("subject", q.getSubject())
                .add("status", q.getStatus().name()).add("answeredAt", m.getWrittenAt().toString());
        if (q.getIncidentId() != null) {
            answered.add("incidentId", q.getIncidentId());
        }
        webhookEvents.publish(tenantId, EventType.QUESTION_ANSWERED, answered.build());
        if (q.isEmailCopy()) {
            emailOf(q.getAskedBy()).ifPresent(to -> outbox.enqueue(to, "The MXDR experts answered: " + q.getSubject(), """
                    Hello %s,

                    the experts answered your question "%s":

                    %s

                    Reply or follow up in the MXDR Console:
                    %s
                    """.formatted(q.getAskedBy(), q.getSubject(), m.getBody(), link(q))));
        }
        return m;
    }

    public List<QuestionMessage> thread(String questionId) {
        return em.createNamedQuery(QuestionMessage.OF_QUESTION, QuestionMessage.class).setParameter("questionId", questionId).getResultList();
    }

    public List<Question> ofTenant(String tenantId, int first, int size) {
        tenants.find(tenantId);
        return em.createNamedQuery(Question.OF_TENANT, Question.class).setParameter("tenantId", tenantId)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countOfTenant(String tenantId) {
        return em.createNamedQuery(Question.COUNT_OF_TENANT, Long.class).setParameter("tenantId", tenantId).getSingleResult();
    }

    /** The questions of every tenant whose grant lets the experts in now, latest activity first. */
    public List<Row> forExperts(int first, int size) {
        return em.createQuery("SELECT q, t.name" + FOR_EXPERTS + " ORDER BY q.lastActivityAt DESC, q.id", Object[].class)
                .setParameter("now", Instant.now(clock)).setParameter("today", LocalDate.now(clock))
                .setFirstResult(first).setMaxResults(size).getResultStream()
                .map(row -> new Row((Question) row[0], (String) row[1])).toList();
    }

    public long countForExperts() {
        return em.createQuery("SELECT COUNT(q)" + FOR_EXPERTS, Long.class).setParameter("now", Instant.now(clock))
                .setParameter("today", LocalDate.now(clock)).getSingleResult();
    }

    private Optional<String> emailOf(String username) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", username).getResultStream()
                .findFirst().map(AppUser::getEmail);
    }

    private static Question within(String tenantId, String questionId, Question q) {
        if (q == null || !q.getTenantId().equals(tenantId)) {
            throw new NotFound("There is no question with the id '" + questionId + "' in this tenant.");
        }
        return q;
    }

    private static String link(Question q) {
        return Settings.publicUrl() + "/console/credits/question.xhtml?tenant=" + q.getTenantId() + "&id=" + q.getId();
    }
}
