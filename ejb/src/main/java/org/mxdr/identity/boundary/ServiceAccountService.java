package org.mxdr.identity.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.mxdr.audit.control.AuditTrail;
import org.mxdr.identity.control.ServiceAccounts;
import org.mxdr.identity.entity.ServiceAccount;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.Role;
import org.mxdr.platform.Roles;

/**
 * Service accounts: machines calling the API with OAuth 2.0 client credentials. A provider admin manages any; a tenant admin those
 * with tenant roles in its own tenant. The secret is answered once, at creation and rotation.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.TENANT_ADMIN})
public class ServiceAccountService {
    public static final int MAX_LIST = 500;

    @Inject
    Callers callers;

    @Inject
    ServiceAccounts accounts;

    @Inject
    AuditTrail audit;

    public ServiceAccount.Created create(@NotNull(message = "A service account is required.") @Valid NewServiceAccount wanted) {
        Caller caller = callers.current();
        String tenantId = wanted.tenantId() == null || wanted.tenantId().isBlank() ? null : wanted.tenantId().trim();
        if (caller.is(Role.TENANT_ADMIN)) {
            if (!wanted.role().onTenantSide()) {
                throw callers.deny(caller, "create service account with role " + wanted.role().securityName(),
                        "A tenant admin may create service accounts with tenant roles only.");
            }
            tenantId = tenantId == null ? caller.tenantId() : tenantId;
            callers.requireTenant(tenantId, "create service account");
        }
        ServiceAccount.Created created = accounts.create(wanted.name(), wanted.role(), tenantId, caller.username());
        audit.record(caller.username(), created.account().getTenantId(), "service-account.created", null, describe(created.account()));
        return created;
    }

    /** Live accounts within reach: a provider admin's all (or one tenant's), a tenant admin's its own tenant's. */
    public List<ServiceAccount> list(String tenantId) {
        Caller caller = callers.current();
        String scope = tenantId == null || tenantId.isBlank() ? null : tenantId.trim();
        if (caller.is(Role.TENANT_ADMIN)) {
            scope = scope == null ? caller.tenantId() : scope;
            callers.requireTenant(scope, "list service accounts");
        }
        return accounts.live(scope, MAX_LIST);
    }

    /** A new secret, answered once; the old one stops working at once. */
    public ServiceAccount.Created rotateSecret(@NotNull(message = "A service account id is required.") String id) {
        Caller caller = callers.current();
        ServiceAccount account = withinReach(caller, id, "rotate the secret of service account " + id);
        String secret = account.rotateSecret(accounts.now());
        audit.record(caller.username(), account.getTenantId(), "service-account.secret-rotated", null, describe(account));
        return new ServiceAccount.Created(account, secret);
    }

    /** Revokes the account: no new token; the tokens it holds end within their 15 minutes. */
    public void revoke(@NotNull(message = "A service account id is required.") String id) {
        Caller caller = callers.current();
        ServiceAccount account = withinReach(caller, id, "revoke service account " + id);
        account.revoke(accounts.now());
        audit.record(caller.username(), account.getTenantId(), "service-account.revoked", describe(account), null);
    }

    private ServiceAccount withinReach(Caller caller, String id, String what) {
        ServiceAccount account = accounts.byId(id).filter(a -> !a.isRevoked())
                .orElseThrow(() -> new NotFound("There is no service account with the id '" + id + "'."));
        if (caller.is(Role.TENANT_ADMIN) && !account.belongsTo(caller.tenantId())) {
            throw callers.deny(caller, what, "A tenant admin manages the service accounts of its own tenant only.");
        }
        return account;
    }

    private static String describe(ServiceAccount account) {
        return "id=" + account.getId() + "; name=" + account.getName() + "; role=" + account.getRole().securityName();
    }
}
