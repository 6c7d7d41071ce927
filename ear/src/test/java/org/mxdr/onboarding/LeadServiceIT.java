package org.mxdr.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.audit.entity.AuditRecord;
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
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.NotFound;
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

    @Inject
    AuditTrail audit;

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
    void onlyCommercialExecutivesWorkTheLeadsAndTheProviderAdminReadsThem() throws Exception {
        String u = Fixtures.unique();
        String tenant = As.user(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD,
                () -> tenants.create(new NewTenant("Leads " + u, Cloud.COMMERCIAL, Region.EU, "a@leads.example")).getId());
        Lead lead = leads.submit(form("worked-" + u + "@example.org"), "198.51.100.1");
        for (Role role : Role.values()) {
            String name = "lead-" + role.name().toLowerCase().replace('_', '-') + "-" + u;
            As.run(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, () -> users.create(
                    new NewUser(name, Fixtures.PASSWORD, name + "@example.org", role, role.onTenantSide() ? tenant : null)));
            if (role == Role.PROVIDER_ADMIN) {
                // reads the leads, to turn one into a tenant, but does not work them
                assertEquals(List.of(lead.getId()), As.user(name, Fixtures.PASSWORD, () -> leads.page(0, 200, null, "WORKED-" + u))
                        .stream().map(Lead::getId).toList());
                assertEquals(lead.getId(), As.user(name, Fixtures.PASSWORD, () -> leads.get(lead.getId())).getId());
                assertThrows(EJBAccessException.class,
                        () -> As.user(name, Fixtures.PASSWORD, () -> leads.work(lead.getId(), LeadState.WON, null, 1)), role.name());
            } else if (role == Role.COMMERCIAL_EXECUTIVE) {
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

    @Test
    void nobodyButTheProviderAdminTurnsALeadIntoATenant() throws Exception {
        Converting c = aLead();
        String tenantSide = As.user(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD,
                () -> tenants.create(new NewTenant("Side " + c.u(), Cloud.COMMERCIAL, Region.EU, "a@side.example")).getId());
        for (Role role : Role.values()) {
            if (role == Role.PROVIDER_ADMIN) {
                continue;
            }
            String name = "conv-" + role.name().toLowerCase().replace('_', '-') + "-" + c.u();
            As.run(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, () -> users.create(
                    new NewUser(name, Fixtures.PASSWORD, name + "@example.org", role, role.onTenantSide() ? tenantSide : null)));
            assertThrows(EJBAccessException.class, () -> As.user(name, Fixtures.PASSWORD, () -> leads.convert(c.lead().getId(), c.wanted(), 0)),
                    role.name());
        }
        assertThrows(EJBAccessException.class, () -> leads.convert(c.lead().getId(), c.wanted(), 0), "anonymous");
    }

    @Test
    void badInputOrAStaleLeadLeavesNothingHalfWrittenNoTenantAndTheLeadAsItWas() throws Exception {
        Converting c = aLead();
        String admin = providerAdmin(c.u());
        NewTenant noRegion = new NewTenant("Engines " + c.u(), Cloud.COMMERCIAL, null, c.lead().getEmail());
        ConstraintViolationException refused = assertThrows(ConstraintViolationException.class,
                () -> As.user(admin, Fixtures.PASSWORD, () -> leads.convert(c.lead().getId(), noRegion, 0)));
        assertEquals(List.of("region"), refused.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath().toString().replaceAll(".*\\.", "")).toList());
        assertThrows(Conflict.class, () -> As.user(admin, Fixtures.PASSWORD, () -> leads.convert(c.lead().getId(), c.wanted(), 7)), "a stale lead");
        assertEquals(List.of(), As.user(admin, Fixtures.PASSWORD, () -> tenants.named("Engines " + c.u(), 5)), "no tenant half-made");
        Lead untouched = As.user(admin, Fixtures.PASSWORD, () -> leads.get(c.lead().getId()));
        assertEquals(LeadState.NEW, untouched.getState());
        assertNull(untouched.getTenantId());
    }

    @Test
    void theProviderAdminTurnsALeadIntoATenantOnceAudited() throws Exception {
        Converting c = aLead();
        String admin = providerAdmin(c.u());
        Tenant created = As.user(admin, Fixtures.PASSWORD, () -> leads.convert(c.lead().getId(), c.wanted(), 0));
        assertEquals("Engines " + c.u(), created.getName());
        Lead converted = As.user(admin, Fixtures.PASSWORD, () -> leads.get(c.lead().getId()));
        assertEquals(LeadState.WON, converted.getState());
        assertEquals(created.getId(), converted.getTenantId());
        assertEquals(admin, converted.getUpdatedBy());
        assertEquals(List.of("tenant.created", "lead.converted"), audit.ofTenant(created.getId()).stream().map(AuditRecord::getAction).toList());

        Conflict twice = assertThrows(Conflict.class,
                () -> As.user(admin, Fixtures.PASSWORD, () -> leads.convert(c.lead().getId(), c.wanted(), converted.getVersion())));
        assertTrue(twice.getMessage().contains("became a tenant already"), twice.getMessage());
        assertThrows(NotFound.class, () -> As.user(admin, Fixtures.PASSWORD, () -> leads.convert("no-such-lead", c.wanted(), 0)));
    }

    /** A lead of one test and the tenant it asks for; {@code u} is in both names. */
    private record Converting(String u, Lead lead, NewTenant wanted) {
    }

    private Converting aLead() {
        String u = Fixtures.unique();
        // a client address of its own: the form's limit per address counts every test's leads
        Lead lead = leads.submit(new InterestForm("Ada Lovelace", "ada-" + u + "@example.org", "Engines " + u, "Germany", 40,
                "Please call"), "2001:db8:3::" + u.substring(0, 4));
        return new Converting(u, lead, new NewTenant("Engines " + u, Cloud.COMMERCIAL, Region.EU, lead.getEmail()));
    }

    /** A provider admin of the test's own, so the lead names who converted it. */
    private String providerAdmin(String u) throws Exception {
        String admin = "conv-admin-" + u;
        As.run(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, () -> users.create(
                new NewUser(admin, Fixtures.PASSWORD, admin + "@example.org", Role.PROVIDER_ADMIN, null)));
        return admin;
    }

    private static InterestForm form(String email) {
        return new InterestForm("Test Person", email, "Limits Ltd", "NL", 100, "Please call");
    }
}
