package org.mxdr.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.identity.boundary.InvalidClient;
import org.mxdr.identity.boundary.NewServiceAccount;
import org.mxdr.identity.boundary.NewUser;
import org.mxdr.identity.boundary.ServiceAccountService;
import org.mxdr.identity.boundary.TokenService;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.identity.entity.AppUser;
import org.mxdr.identity.entity.ServiceAccount;
import org.mxdr.onboarding.boundary.NewTenant;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.onboarding.entity.Cloud;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Role;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.TestClock;

/**
 * Service accounts in the EJB layer, per role with the denials; a token past its 15 minutes
 * (issued under a clock set back) refused by the server; and a bearer call that runs no user
 * lookup and no password check, where a Basic call of the same endpoint does.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceAccountIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String API = "http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/mxdr/api/v1";
    private static final String USER_LOOKUP = "SELECT u FROM AppUser u WHERE u.username = :username";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ServiceAccountIT.class);
    }

    @Inject
    ServiceAccountService accounts;

    @Inject
    TokenService tokens;

    @Inject
    UserService users;

    @Inject
    TenantService tenants;

    @PersistenceUnit(unitName = "mxdr")
    EntityManagerFactory emf;

    private String tenantA;
    private String tenantB;
    private final Map<Role, AppUser> user = new EnumMap<>(Role.class);

    @BeforeEach
    void world() throws Exception {
        String u = Fixtures.unique();
        tenantA = admin(() -> tenants.create(new NewTenant("Accounts A " + u, Cloud.COMMERCIAL, Region.EU, "a@a.example")).getId());
        tenantB = admin(() -> tenants.create(new NewTenant("Accounts B " + u, Cloud.COMMERCIAL, Region.EU, "b@b.example")).getId());
        for (Role role : Role.values()) {
            String name = "sa-" + role.name().toLowerCase().replace('_', '-') + "-" + u;
            user.put(role, admin(() -> users.create(new NewUser(name, Fixtures.PASSWORD, name + "@example.org", role, role.onTenantSide() ? tenantA : null))));
        }
    }

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    @Test
    void onlyProviderAndTenantAdminsManageServiceAccounts() throws Exception {
        ServiceAccount.Created target = as(Role.PROVIDER_ADMIN, () -> accounts.create(new NewServiceAccount("Target", Role.TENANT_READER, tenantA)));
        Set<Role> may = Set.of(Role.PROVIDER_ADMIN, Role.TENANT_ADMIN);
        for (Role role : Role.values()) {
            if (may.contains(role)) {
                assertTrue(as(role, () -> accounts.list(null)).stream().anyMatch(a -> a.getId().equals(target.account().getId())), role.name());
                continue;
            }
            assertThrows(EJBAccessException.class, () -> as(role, () -> accounts.list(null)), role.name());
            assertThrows(EJBAccessException.class, () -> as(role, () -> accounts.create(new NewServiceAccount("x", Role.TENANT_READER, tenantA))), role.name());
            assertThrows(EJBAccessException.class, () -> as(role, () -> accounts.rotateSecret(target.account().getId())), role.name());
            assertThrows(EJBAccessException.class, () -> as(role, () -> {
                accounts.revoke(target.account().getId());
                return null;
            }), role.name());
        }
        assertThrows(EJBAccessException.class, () -> accounts.list(null), "anonymous");
    }

    @Test
    void aTenantAdminStaysInItsTenantWithTenantRoles() throws Exception {
        ServiceAccount.Created own = as(Role.TENANT_ADMIN, () -> accounts.create(new NewServiceAccount("Own", Role.TENANT_OPERATOR, null)));
        assertEquals(tenantA, own.account().getTenantId(), "without a tenant id: the admin's own tenant");
        ServiceAccount.Created other = as(Role.PROVIDER_ADMIN, () -> accounts.create(new NewServiceAccount("Other", Role.TENANT_READER, tenantB)));
        assertThrows(AccessDenied.class, () -> as(Role.TENANT_ADMIN, () -> accounts.create(new NewServiceAccount("x", Role.PLATFORM, null))));
        assertThrows(AccessDenied.class, () -> as(Role.TENANT_ADMIN, () -> accounts.create(new NewServiceAccount("x", Role.TENANT_READER, tenantB))));
        assertThrows(AccessDenied.class, () -> as(Role.TENANT_ADMIN, () -> accounts.list(tenantB)));
        assertThrows(AccessDenied.class, () -> as(Role.TENANT_ADMIN, () -> accounts.rotateSecret(other.account().getId())));
        assertTrue(as(Role.TENANT_ADMIN, () -> accounts.list(null)).stream().allMatch(a -> tenantA.equals(a.getTenantId())));
        assertEquals("tenantId", assertThrows(BadInput.class,
                () -> as(Role.PROVIDER_ADMIN, () -> accounts.create(new NewServiceAccount("x", Role.TENANT_READER, "no-such-tenant")))).field());
    }

    @Test
    void aRevokedAccountGetsNoToken() throws Exception {
        ServiceAccount.Created created = as(Role.PROVIDER_ADMIN, () -> accounts.create(new NewServiceAccount("Short lived", Role.PLATFORM, null)));
        assertEquals(900, tokens.clientCredentials(created.account().getId(), created.secret()).expiresIn());
        as(Role.PROVIDER_ADMIN, () -> {
            accounts.revoke(created.account().getId());
            return null;
        });
        assertThrows(InvalidClient.class, () -> tokens.clientCredentials(created.account().getId(), created.secret()));
    }

    @Test
    void aTokenPastItsFifteenMinutesIsRefused() throws Exception {
        ServiceAccount.Created created = as(Role.PROVIDER_ADMIN, () -> accounts.create(new NewServiceAccount("Clock", Role.PLATFORM, null)));
        TestClock.fixAt(Instant.now().minusSeconds(16 * 60));
        String expired = tokens.clientCredentials(created.account().getId(), created.secret()).token();
        TestClock.fixAt(Instant.now().minusSeconds(14 * 60));
        String young = tokens.clientCredentials(created.account().getId(), created.secret()).token();
        TestClock.reset();
        assertEquals(401, call("/me", "Bearer " + expired).statusCode());
        assertEquals(200, call("/me", "Bearer " + young).statusCode());
    }

    @Test
    void aBearerCallLooksUpNoUserAndChecksNoPassword() throws Exception {
        ServiceAccount.Created created = as(Role.PROVIDER_ADMIN, () -> accounts.create(new NewServiceAccount("Stats", Role.PLATFORM, null)));
        String token = tokens.clientCredentials(created.account().getId(), created.secret()).token();
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            long before = statistics.getQueryStatistics(USER_LOOKUP).getExecutionCount();
            for (int i = 0; i < 5; i++) {
                assertEquals(200, call("/me", "Bearer " + token).statusCode());
            }
            assertEquals(before, statistics.getQueryStatistics(USER_LOOKUP).getExecutionCount(), "bearer calls looked a user up");
            String basic = "Basic " + Base64.getEncoder().encodeToString((user.get(Role.PLATFORM).getUsername() + ":" + Fixtures.PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            assertEquals(200, call("/me", basic).statusCode());
            assertTrue(statistics.getQueryStatistics(USER_LOOKUP).getExecutionCount() > before, "the Basic call looks its user up");
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        // the token's subject has no user row, hence no password hash the realm could read
        assertTrue(admin(() -> users.count(null)) > 0);
        assertEquals(401, call("/me", "Basic " + Base64.getEncoder().encodeToString((created.account().getId() + ":" + created.secret())
                .getBytes(StandardCharsets.UTF_8))).statusCode());
    }

    private static HttpResponse<String> call(String path, String authorization) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(API + path)).header("Authorization", authorization).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private <T> T as(Role role, Callable<T> work) throws Exception {
        return As.user(user.get(role).getUsername(), Fixtures.PASSWORD, work);
    }

    private static <T> T admin(Callable<T> work) throws Exception {
        return As.user(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, work);
    }
}
