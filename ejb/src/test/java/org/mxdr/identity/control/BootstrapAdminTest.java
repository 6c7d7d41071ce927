package org.mxdr.identity.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mxdr.identity.boundary.NewUser;
import org.mxdr.identity.entity.AppUser;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.Role;

class BootstrapAdminTest {

    /** Counts provider admins from a script and records what it was asked to create. */
    static class ScriptedRegistry extends UserRegistry {
        final List<Long> counts;
        final List<NewUser> registered = new ArrayList<>();
        final RuntimeException onRegister;

        ScriptedRegistry(RuntimeException onRegister, Long... counts) {
            this.onRegister = onRegister;
            this.counts = new ArrayList<>(List.of(counts));
        }

        @Override
        public long countWithRole(Role role) {
            return counts.size() > 1 ? counts.remove(0) : counts.get(0);
        }

        @Override
        public AppUser register(NewUser user) {
            registered.add(user);
            if (onRegister != null) {
                throw onRegister;
            }
            return null;
        }
    }

    @AfterEach
    void clearSettings() {
        System.clearProperty("mxdr.admin.password");
        System.clearProperty("mxdr.admin.username");
    }

    @Test
    void aPasswordThatBreaksTheRulesStopsTheStartNamingTheVariableBeforeTouchingTheDatabase() {
        System.setProperty("mxdr.admin.password", "short");
        BootstrapAdmin bootstrap = new BootstrapAdmin();
        ScriptedRegistry registry = new ScriptedRegistry(null, 0L);
        bootstrap.registry = registry;
        var refused = assertThrows(BootstrapAdmin.StartRefused.class, bootstrap::createFirstAdmin);
        assertTrue(refused.getMessage().startsWith("MXDR_ADMIN_PASSWORD refused"), refused.getMessage());
        assertTrue(refused.getMessage().contains("at least 12"), refused.getMessage());
        assertEquals(0, refused.getStackTrace().length, "a setting to fix, not a stack trace");
        assertTrue(registry.registered.isEmpty());
    }

    @Test
    void aCommonPasswordIsRefusedToo() {
        assertThrows(BootstrapAdmin.StartRefused.class, () -> BootstrapAdmin.refuseIfBreaksRules("admin", "P@ssw0rd2026"));
        assertDoesNotThrow(() -> BootstrapAdmin.refuseIfBreaksRules("admin", "quiet-harbour-lantern-73"));
    }

    @Test
    void theNodeThatLosesTheRaceForTheFirstAdminGoesOn() {
        System.setProperty("mxdr.admin.password", "quiet-harbour-lantern-73");
        BootstrapAdmin bootstrap = new BootstrapAdmin();
        ScriptedRegistry registry = new ScriptedRegistry(new Conflict("username", "taken"), 0L, 1L);
        bootstrap.registry = registry;
        assertDoesNotThrow(bootstrap::createFirstAdmin);
        assertEquals(1, registry.registered.size());
    }

    @Test
    void aFailureWithNoAdminCreatedAnywhereStillFails() {
        System.setProperty("mxdr.admin.password", "quiet-harbour-lantern-73");
        BootstrapAdmin bootstrap = new BootstrapAdmin();
        bootstrap.registry = new ScriptedRegistry(new Conflict("username", "taken"), 0L, 0L);
        assertThrows(Conflict.class, bootstrap::createFirstAdmin);
    }

    @Test
    void anExistingAdminMeansNothingIsCreated() {
        System.setProperty("mxdr.admin.password", "quiet-harbour-lantern-73");
        BootstrapAdmin bootstrap = new BootstrapAdmin();
        ScriptedRegistry registry = new ScriptedRegistry(null, 1L);
        bootstrap.registry = registry;
        bootstrap.createFirstAdmin();
        assertTrue(registry.registered.isEmpty());
    }

    @Test
    void theDeploymentCheckReportsARefusedPasswordAsADeploymentProblem() {
        System.setProperty("mxdr.admin.password", "short");
        List<Throwable> problems = new ArrayList<>();
        new FirstAdminSettingCheck().refuseBadFirstAdmin(new jakarta.enterprise.inject.spi.AfterDeploymentValidation() {
            @Override
            public void addDeploymentProblem(Throwable t) {
                problems.add(t);
            }
        });
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).getMessage().startsWith("MXDR_ADMIN_PASSWORD refused"));
        System.clearProperty("mxdr.admin.password");
        new FirstAdminSettingCheck().refuseBadFirstAdmin(problems::add);
        assertEquals(1, problems.size(), "no password set: nothing to refuse");
    }
}
