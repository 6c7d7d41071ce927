package org.mxdr.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.identity.boundary.NewUser;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.onboarding.boundary.InterestForm;
import org.mxdr.onboarding.boundary.LeadService;
import org.mxdr.onboarding.boundary.NewTenant;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.onboarding.control.InterestLimits;
import org.mxdr.onboarding.entity.Cloud;
import org.mxdr.onboarding.entity.Lead;
import org.mxdr.onboarding.entity.LeadState;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.platform.Role;
import org.mxdr.platform.TooManyRequests;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.TestClock;

/** The interest form's rate limits and the leads' access rules, in the EJB layer. */
@ExtendWith(ArquillianExtension.class)
class LeadServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(LeadServiceIT.class);
    }

    @Inject
    LeadService leads;

    @Inject
    UserService users;

    @Inject
    TenantService tenants;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void anEmailAddressMaySendTheFormAFewTimesAnHour() {
        TestClock.fixAt(Instant.parse("2031-05-01T10:00:00Z"));
        String email = "limit-" + Fixtures.unique() + "@example.org";
        for (int i = 0; i < InterestLimits.perEmail(); i++) {
            leads.submit(form(email), "192.0.2." + i);
        }
        TooManyRequests refused = assertThrows(TooManyRequests.class, () -> leads.submit(form(email.toUpperCase()), "192.0.2.99"));
        assertTrue(refused.getMessage().contains("within the last hour"));
        TestClock.fixAt(Instant.parse("2031-05-01T11:00:01Z"));
        leads.submit(form(email), "192.0.2.100");
    }

    @Test
    void aClientAddressMaySendTheFormAFewTimesAnHour() {
        TestClock.fixAt(Instant.parse("2031-06-01T10:00:00Z"));
        String address = "2001:db8::" + Fixtures.unique().substring(0, 4);
        for (int i = 0; i < InterestLimits.perAddress(); i++) {
            leads.submit(form("a" + i + "-" + Fixtures.unique() + "@example.org"), address);
        }
        assertThrows(TooManyRequests.class, () -> leads.submit(form("b-" + Fixtures.unique() + "@example.org"), address));
        leads.submit(form("c-" + Fixtures.unique() + "@example.org"), address + "1");
    }

    @Test
    void onlyCommercialExecutivesWorkTheLeads() throws Exception {
        String u = Fixtures.unique();
        String tenant = As.user(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD,
                () -> tenants.create(new NewTenant("Leads " + u, Cloud.COMMERCIAL, Region.EU, "a@leads.example")).getId());
        Lead lead = leads.submit(form("worked-" + u + "@example.org"), "198.51.100.1");
        for (Role role : Role.values()) {
            String name = "lead-" + role.name().toLowerCase().replace('_', '-') + "-" + u;
            As.run(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, () -> users.create(
                    new NewUser(name, Fixtures.PASSWORD, name + "@example.org", role, role.onTenantSide() ? tenant : null)));
            if (role == Role.COMMERCIAL_EXECUTIVE) {
                assertTrue(As.user(name, Fixtures.PASSWORD, () -> leads.count(null, null)) >= 1);
                assertEquals(List.of(lead.getId()), As.user(name, Fixtures.PASSWORD, () -> leads.page(0, 200, LeadState.NEW, "WORKED-" + u))
                        .stream().map(Lead::getId).toList());
                Lead worked = As.user(name, Fixtures.PASSWORD, () -> leads.work(lead.getId(), LeadState.CONTACTED, "called", 0));
                assertEquals(name, worked.getUpdatedBy());
            } else {
                assertThrows(EJBAccessException.class, () -> As.user(name, Fixtures.PASSWORD, () -> leads.count(null, null)), role.name());
                assertThrows(EJBAccessException.class, () -> As.user(name, Fixtures.PASSWORD, () -> leads.page(0, 10, null, null)), role.name());
                assertThrows(EJBAccessException.class, () -> As.user(name, Fixtures.PASSWORD, () -> leads.get(lead.getId())), role.name());
                assertThrows(EJBAccessException.class,
                        () -> As.user(name, Fixtures.PASSWORD, () -> leads.work(lead.getId(), LeadState.WON, null, 1)), role.name());
                // anyone may still send the form
                As.user(name, Fixtures.PASSWORD, () -> leads.submit(form("any-" + Fixtures.unique() + "@example.org"), "198.51.100.2"));
            }
        }
        assertThrows(EJBAccessException.class, () -> leads.count(null, null));
    }

    private static InterestForm form(String email) {
        return new InterestForm("Test Person", email, "Limits Ltd", "NL", 100, "Please call");
    }
}
