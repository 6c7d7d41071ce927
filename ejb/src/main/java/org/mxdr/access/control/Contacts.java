package org.mxdr.access.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.access.entity.Contact;
import org.mxdr.access.entity.ExpertGrant;
import org.mxdr.access.entity.LadderPlace;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.notify.control.Outbox;
import org.mxdr.onboarding.control.Subscriptions;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.NotFound;

/**
 * A tenant's contacts: each one added is told by email (through the outbox, in the same
 * transaction) and audited. Callers are boundaries that checked the rights.
 */
@Stateless
@PermitAll
public class Contacts {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Subscriptions subscriptions;

    @Inject
    Tenants tenants;

    public List<Contact> of(String tenantId) {
        tenants.find(tenantId);
        return em.createNamedQuery(Contact.OF_TENANT, Contact.class).setParameter("tenantId", tenantId)
                .setMaxResults(Contact.MAX_PER_TENANT).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Contact add(String actor, String tenantId, String name, String email, String phone, boolean incidentNotification,
                       boolean serviceReview) {
        return add(actor, tenantId, name, email, phone, incidentNotification, serviceReview, LadderPlace.DEFAULT);
    }

    /** As above; an incident-notification contact gets its place on the escalation ladder and its working hours. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Contact add(String actor, String tenantId, String name, String email, String phone, boolean incidentNotification,
                       boolean serviceReview, LadderPlace ladder) {
        Tenant tenant = tenants.locked(tenantId);
        Contact contact = Contact.of(tenantId, name, email, phone, incidentNotification, serviceReview, actor, Instant.now(clock));
        if (incidentNotification) {
            contact.onLadder(ladder.order() != null ? ladder.order() : nextOrder(tenantId), ladder.hours());
        } else if (ladder.order() != null) {
            contact.onLadder(ladder.order(), ladder.hours()); // refused: only incident contacts have a place
        }
        long same = em.createNamedQuery(Contact.COUNT_EMAIL, Long.class).setParameter("tenantId", tenantId)
                .setParameter("email", contact.getEmail()).getSingleResult();
        if (same > 0) {
            throw new Conflict("email", contact.getEmail() + " is a contact already; remove it first to change what it is for.");
        }
        if (of(tenantId).size() >= Contact.MAX_PER_TENANT) {
            throw new Conflict("A tenant has at most " + Contact.MAX_PER_TENANT + " contacts.");
        }
        em.persist(contact);
        audit.record(actor, tenantId, "contact.added", null, contact.describe());
        outbox.enqueue(contact.getEmail(), "You are a contact of " + tenant.getName() + " for the MXDR service", """
                Hello %s,

                %s of %s has added you as a contact of the managed extended detection and
                response (MXDR) service, for: %s.

                %s

                If this is not right, ask your security administrator to remove you under
                Settings > Experts > Contacts in the MXDR Console.

                The service is delivered in English.
                """.formatted(contact.getName(), actor, tenant.getName(), contact.contactFor().toLowerCase(java.util.Locale.ROOT),
                contact.isIncidentNotification()
                        ? "The provider's security experts will email you when they need to tell your organisation about an incident."
                        : "The provider's delivery manager will invite you to the regular service reviews."));
        return contact;
    }

    /** Removes a contact, but never the last incident-notification contact while the experts have access. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void remove(String actor, String tenantId, String contactId) {
        tenants.locked(tenantId);
        Contact contact = em.find(Contact.class, contactId == null ? "" : contactId);
        if (contact == null || !contact.getTenantId().equals(tenantId)) {
            throw new NotFound("There is no contact with the id '" + contactId + "' in this tenant.");
        }
        if (contact.isIncidentNotification() && lastIncidentContact(tenantId) && grantLive(tenantId)) {
            throw new Conflict("contacts", contact.getName() + " is the last contact for incident notification; add another one "
                    + "before removing it, or revoke the experts' access first.");
        }
        em.remove(contact);
        audit.record(actor, tenantId, "contact.removed", contact.describe(), null);
    }

    /** After the last contact on the ladder. */
    private int nextOrder(String tenantId) {
        Integer last = em.createNamedQuery(Contact.LAST_ORDER, Integer.class).setParameter("tenantId", tenantId).getSingleResult();
        return last == null ? 1 : Math.min(last + 1, Contact.ORDER_MAX);
    }

    private boolean lastIncidentContact(String tenantId) {
        return em.createNamedQuery(Contact.COUNT_INCIDENT, Long.class).setParameter("tenantId", tenantId).getSingleResult() <= 1;
    }

    private boolean grantLive(String tenantId) {
        ExpertGrant grant = em.find(ExpertGrant.class, tenantId);
        return grant != null && subscriptions.current(tenantId).map(s -> grant.liveFor(s.getId(), Instant.now(clock))).orElse(false);
    }
}
