package org.mxdr.onboarding.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.mxdr.audit.control.AuditTrail;
import org.mxdr.onboarding.control.InterestLimits;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.onboarding.entity.Lead;
import org.mxdr.onboarding.entity.LeadState;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Contains;
import org.mxdr.platform.FirstRow;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.PageSize;
import org.mxdr.platform.Roles;

/**
 * The interest form (anyone) and the leads it yields: commercial executives work them; the
 * provider admin reads them too, to turn one into a tenant.
 */
@Stateless
@RolesAllowed(Roles.COMMERCIAL_EXECUTIVE)
public class LeadService {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    InterestLimits limits;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    TenantService tenants;

    @Inject
    AuditTrail audit;

    @PermitAll
    public Lead submit(@NotNull(message = "The form is required.") @Valid InterestForm form,
                       @NotNull String clientAddress) {
        Instant now = Instant.now(clock);
        Lead lead = Lead.submit(form.name(), form.email(), form.organisation(), form.country(), form.seats(), form.message(),
                clientAddress, now);
        limits.check(lead.getEmail(), clientAddress, now);
        em.persist(lead);
        return lead;
    }

    /**
     * Turns the lead into a tenant in one step: creates the tenant as the tenants page does (so
     * only who may create tenants may), marks the lead won and linked to it, and audits both in
     * one transaction. A lead converted already, or changed since it was read, is refused.
     */
    @RolesAllowed(Roles.PROVIDER_ADMIN)
    public Tenant convert(@NotNull(message = "A lead is required.") String leadId,
                          @NotNull(message = "A tenant is required.") @Valid NewTenant tenant, long expectedVersion) {
        Lead lead = em.find(Lead.class, leadId, LockModeType.PESSIMISTIC_WRITE);
        if (lead == null) {
            throw new NotFound("There is no lead with the id '" + leadId + "'.");
        }
        String before = lead.describe();
        lead.checkConvertible(expectedVersion);
        Tenant created = tenants.create(tenant);
        String by = callers.current().username();
        lead.convertedTo(created.getId(), expectedVersion, by, Instant.now(clock));
        audit.record(by, created.getId(), "lead.converted", before, lead.describe());
        return created;
    }

    /** Newest first, optionally only those in one state and those whose organisation, name or email contain the text. */
    @RolesAllowed({Roles.COMMERCIAL_EXECUTIVE, Roles.PROVIDER_ADMIN})
    public List<Lead> page(@FirstRow int first,
                           @PageSize int size,
                           LeadState state, @Size(max = 100, message = "Search for at most 100 characters.") String text) {
        return where(em.createQuery("SELECT l FROM Lead l" + filter(state, text) + " ORDER BY l.submittedAt DESC, l.id", Lead.class), state, text)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    @RolesAllowed({Roles.COMMERCIAL_EXECUTIVE, Roles.PROVIDER_ADMIN})
    public long count(LeadState state, @Size(max = 100, message = "Search for at most 100 characters.") String text) {
        return where(em.createQuery("SELECT COUNT(l) FROM Lead l" + filter(state, text), Long.class), state, text).getSingleResult();
    }

    private static String filter(LeadState state, String text) {
        StringBuilder where = new StringBuilder();
        if (state != null) {
            where.append(" WHERE l.state = :state");
        }
        if (text != null && !text.isBlank()) {
            where.append(state == null ? " WHERE " : " AND ")
                    .append("(LOWER(l.organisation) LIKE :text OR LOWER(l.name) LIKE :text OR l.email LIKE :text)");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> where(TypedQuery<T> query, LeadState state, String text) {
        if (state != null) {
            query.setParameter("state", state);
        }
        if (text != null && !text.isBlank()) {
            query.setParameter("text", Contains.pattern(text));
        }
        return query;
    }

    @RolesAllowed({Roles.COMMERCIAL_EXECUTIVE, Roles.PROVIDER_ADMIN})
    public Lead get(@NotNull String leadId) {
        Lead lead = em.find(Lead.class, leadId);
        if (lead == null) {
            throw new NotFound("There is no lead with the id '" + leadId + "'.");
        }
        return lead;
    }

    public Lead work(@NotNull String leadId, LeadState state, String notes, long expectedVersion) {
        Lead lead = get(leadId);
        lead.work(state, notes, expectedVersion, callers.current().username(), Instant.now(clock));
        em.flush();
        return lead;
    }
}
