package org.mxdr.retention.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.platform.Callers;
import org.mxdr.platform.FirstRow;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.PageSize;
import org.mxdr.platform.Roles;
import org.mxdr.retention.control.RetentionPurge;
import org.mxdr.retention.entity.DeletionCertificate;

/** {@code POST /jobs/retention-purge} and the deletion certificates: the provider admin's. */
@Stateless
@RolesAllowed(Roles.PROVIDER_ADMIN)
public class PurgeService {
    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    RetentionPurge purge;

    @Inject
    Callers callers;

    /** Purges every tenant due now; the tenants this run purged to the end. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<String> run() {
        return purge.run(callers.current().username());
    }

    public List<DeletionCertificate> certificates(@FirstRow int first,
                                                  @PageSize int size) {
        return em.createNamedQuery(DeletionCertificate.COMPLETE, DeletionCertificate.class).setFirstResult(first).setMaxResults(size)
                .getResultList();
    }

    public long count() {
        return em.createNamedQuery(DeletionCertificate.COUNT_COMPLETE, Long.class).getSingleResult();
    }

    public DeletionCertificate certificate(String id) {
        DeletionCertificate c = id == null ? null : em.find(DeletionCertificate.class, id);
        if (c == null || !c.isComplete()) {
            throw new NotFound("There is no deletion certificate with the id '" + id + "'.");
        }
        return c;
    }
}
