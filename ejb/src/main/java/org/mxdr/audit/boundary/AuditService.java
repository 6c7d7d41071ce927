package org.mxdr.audit.boundary;

import java.io.Writer;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.mxdr.audit.control.AuditKeys;
import org.mxdr.audit.control.AuditQuery;
import org.mxdr.audit.control.AuditSigner;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.audit.control.AuditVerifier;
import org.mxdr.audit.entity.AuditChain;
import org.mxdr.audit.entity.AuditFilter;
import org.mxdr.audit.entity.AuditRecord;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Cursor;
import org.mxdr.platform.CursorPage;
import org.mxdr.platform.FirstRow;
import org.mxdr.platform.PageSize;
import org.mxdr.platform.Role;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;

/**
 * The audit trail and its proof: a tenant's admin reads and verifies its own tenant's, the provider
 * admin every tenant's and the provider-wide records; anyone may have the public key.
 */
@Stateless
@RolesAllowed({Roles.TENANT_ADMIN, Roles.PROVIDER_ADMIN})
public class AuditService {
    @Inject
    Callers callers;

    @Inject
    Tenants tenants;

    @Inject
    AuditQuery query;

    @Inject
    AuditVerifier verifier;

    @Inject
    AuditSigner signer;

    @Inject
    AuditKeys keys;

    @Inject
    AuditTrail trail;

    public List<AuditRecord> ofTenant(@TenantId String tenantId,
                                      @FirstRow int first,
                                      @PageSize int size) {
        return page(AuditFilter.of(tenantId), first, size);
    }

    public long count(@TenantId String tenantId) {
        return count(AuditFilter.of(tenantId));
    }

    /** A page of the filtered trail, newest first. */
    public List<AuditRecord> page(@NotNull(message = "A filter is required.") AuditFilter filter,
                                  @FirstRow int first,
                                  @PageSize int size) {
        mayRead(filter);
        return query.page(filter, first, size);
    }

    /** A page of the filtered trail, newest first, after the cursor a previous page answered (none: the newest). */
    public CursorPage<AuditRecord> trail(@NotNull(message = "A filter is required.") AuditFilter filter, String cursor,
                                         @PageSize int size) {
        mayRead(filter);
        return CursorPage.of(query.after(filter, Cursor.decode(cursor), size + 1), size, r -> new Cursor(r.getRecordedAt(), r.getId()));
    }

    public long count(@NotNull(message = "A filter is required.") AuditFilter filter) {
        mayRead(filter);
        return query.count(filter);
    }

    /** The filtered trail as CSV, streamed. */
    public void writeCsv(@NotNull(message = "A filter is required.") AuditFilter filter, @NotNull Writer out) {
        mayRead(filter);
        query.writeCsv(filter, out);
    }

    /** Every chain, against its signed digests. */
    @RolesAllowed(Roles.PROVIDER_ADMIN)
    public AuditVerifier.Verification verifyAll() {
        return verifier.all();
    }

    public AuditVerifier.Verification verifyTenant(@TenantId String tenantId) {
        callers.requireTenant(tenantId, "verify audit");
        tenants.find(tenantId);
        return verifier.chain(AuditChain.of(tenantId));
    }

    /** Refuses a caller who may not read the tenant's trail; returns quietly otherwise. */
    public void verifyTenantAllowed(@TenantId String tenantId) {
        callers.requireTenant(tenantId, "read audit digests");
        tenants.find(tenantId);
    }

    /** The tenant chain's signed digests as CSV, for offline verification. */
    public void writeDigests(@TenantId String tenantId, @NotNull Writer out) {
        verifyTenantAllowed(tenantId);
        trail.writeDigests(tenantId, out);
    }

    /** Signs every chain head that moved now, as the 5-minute job does; answers how many. */
    @RolesAllowed(Roles.PROVIDER_ADMIN)
    public int signDigests() {
        return signer.signChangedHeads();
    }

    @PermitAll
    public String publicKeyPem() {
        return keys.publicKeyPem();
    }

    private void mayRead(AuditFilter filter) {
        if (filter.scope() != null && !AuditChain.PROVIDER.equals(filter.scope())) {
            callers.requireTenant(filter.scope(), "read audit");
            tenants.find(filter.scope());
            return;
        }
        Caller caller = callers.current();
        if (!caller.is(Role.PROVIDER_ADMIN)) {
            throw callers.deny(caller, "read the audit of every tenant", "Only a provider admin reads the audit of every tenant.");
        }
    }
}
