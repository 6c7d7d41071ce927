package org.mxdr.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.access.boundary.ContactService;
import org.mxdr.access.entity.LadderPlace;
import org.mxdr.identity.boundary.NewUser;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.notify.boundary.AcknowledgementService;
import org.mxdr.notify.boundary.EscalationService;
import org.mxdr.notify.boundary.NotificationSettingsService;
import org.mxdr.notify.control.EscalationLadder;
import org.mxdr.notify.entity.Escalation;
import org.mxdr.notify.entity.EscalationStep;
import org.mxdr.notify.entity.OutboxMail;
import org.mxdr.onboarding.boundary.NewTenant;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.onboarding.entity.Cloud;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.Role;
import org.mxdr.response.boundary.PlatformService;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.Severity;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.RoleWorld;
import org.mxdr.testing.TestClock;

/**
 * The escalation ladder in the container under the test clock: an unacknowledged high-severity
 * notification goes to the next contact after the tenant's minutes; contacts outside their
 * working hours (in their own time zones) are skipped to the first contact marked 24x7; an
 * acknowledgement through the signed link stops it; the link works once and a changed one not at
 * all; the run is visible to the tenant's users and to nobody of another tenant. Each test
 * has a tenant of its own; the mail is read from the outbox it was written to.
 */
@ExtendWith(ArquillianExtension.class)
class EscalationLadderIT {
    private static final Pattern LINK = Pattern.compile("acknowledge\\.xhtml\\?token=([0-9a-f-]{36}\\.[0-9a-f]{64})");
    /** Monday 30 November 2026 10:00 UTC: office hours in London and Berlin, night in Los Angeles and Auckland. */
    private static final Instant MONDAY_10 = Instant.parse("2026-11-30T10:00:00Z");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(EscalationLadderIT.class);
    }

    @Inject
    TenantService tenants;

    @Inject
    UserService users;

    @Inject
    ContactService contacts;

    @Inject
    NotificationSettingsService settings;

    @Inject
    PlatformService platform;

    @Inject
    EscalationLadder ladder;

    @Inject
    EscalationService escalations;

    @Inject
    AcknowledgementService acknowledgements;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    private record World(String tenantId, String admin, String reader, String platformUser, String u) {
        String email(String who) {
            return who + "-" + u + "@example.org";
        }
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void everyContactIsToldAtIntakeAndTheFirstIsInChargeForTheDefault15Minutes() throws Exception {
        Ladder l = twoContactsToldOfAHighIncident();
        assertEquals(1, notifications(l.w().email("first")).size());
        assertEquals(1, notifications(l.w().email("second")).size(), "every contact is told at intake");
        Escalation run = run(l.w(), l.incident()).escalation();
        assertEquals(1, run.getCurrentOrder(), "the first contact is in charge");
        assertEquals(MONDAY_10.plus(Duration.ofMinutes(15)), run.getNextDueAt(), "the default: 15 minutes");

        TestClock.fixAt(MONDAY_10.plus(Duration.ofMinutes(14)));
        ladder.escalateDue();
        assertEquals(1, run(l.w(), l.incident()).steps().stream().filter(EscalationStep::isInCharge).count(), "not yet due");
    }

    @Test
    void anUnacknowledgedNotificationGoesToTheSecondContactAfter15Minutes() throws Exception {
        Ladder l = twoContactsToldOfAHighIncident();
        escalatedToTheSecond(l);
        EscalationLadder.Run escalated = run(l.w(), l.incident());
        assertEquals(2, escalated.escalation().getCurrentOrder());
        EscalationStep step = escalated.steps().get(escalated.steps().size() - 1);
        assertEquals(l.w().email("second"), step.getContactEmail());
        assertEquals(MONDAY_10.plus(Duration.ofMinutes(15)), step.getNotifiedAt());
        List<OutboxMail> second = notifications(l.w().email("second"));
        assertEquals(2, second.size(), "the escalation is a second mail");
        OutboxMail escalation = second.stream().filter(m -> m.getSubject().startsWith("Not acknowledged")).findFirst().orElseThrow();
        assertTrue(escalation.getBody().contains("within 15 minutes"), escalation.getBody());
    }

    @Test
    void theLinksPageOnlyShowsAndItsConfirmationAcknowledgesOnceWithAnIntactSignatureOnly() throws Exception {
        Ladder l = twoContactsToldOfAHighIncident();
        String token = token(escalatedToTheSecond(l));
        AcknowledgementService.LinkInfo shown = acknowledgements.inspect(token);
        assertEquals("Ransomware staged", shown.incidentTitle());
        assertEquals(Escalation.State.RUNNING, run(l.w(), l.incident()).escalation().getState(), "looking at the link acknowledges nothing");
        String tampered = token.substring(0, token.length() - 1) + (token.endsWith("0") ? "1" : "0");
        assertThrows(NotFound.class, () -> acknowledgements.acknowledge(tampered), "a changed signature");
        assertThrows(NotFound.class, () -> acknowledgements.inspect(token.substring(0, 36) + ".zz"), "no signature at all");
        AcknowledgementService.LinkInfo done = acknowledgements.acknowledge(token);
        assertEquals(Escalation.State.ACKNOWLEDGED, done.state());
        assertTrue(done.acknowledgedBy().contains(l.w().email("second")), done.acknowledgedBy());
        Conflict twice = assertThrows(Conflict.class, () -> acknowledgements.acknowledge(token), "the link works once");
        assertTrue(twice.getMessage().contains("acknowledged already"), twice.getMessage());
        assertThrows(Conflict.class, () -> acknowledgements.acknowledge(token(notifications(l.w().email("first")).get(0))),
                "nor does another contact's link acknowledge again");
    }

    @Test
    void anAcknowledgedIncidentEscalatesNoFurther() throws Exception {
        Ladder l = twoContactsToldOfAHighIncident();
        acknowledgements.acknowledge(token(escalatedToTheSecond(l)));
        TestClock.fixAt(MONDAY_10.plus(Duration.ofHours(2)));
        ladder.escalateDue();
        assertEquals(2, notifications(l.w().email("second")).size(), "an acknowledged incident escalates no further");
        assertEquals(1, notifications(l.w().email("first")).size());
        assertNotNull(run(l.w(), l.incident()).escalation().getAcknowledgedAt());
    }

    @Test
    void contactsOutsideTheirWorkingHoursAreSkippedToTheFirst24x7Contact() throws Exception {
        // Monday 16:50 UTC: London works until 17:00; Auckland (UTC+13) and Tokyo (UTC+9) are in Tuesday's night
        Instant start = Instant.parse("2026-11-30T16:50:00Z");
        TestClock.fixAt(start);
        World w = world();
        As.run(w.admin(), Fixtures.PASSWORD, () -> settings.put(w.tenantId(), null, null, 10, null));
        contact(w, "london", new LadderPlace(1, "Europe/London", null, null, null, false));
        contact(w, "auckland", new LadderPlace(2, "Pacific/Auckland", null, "09:00", "17:00", false));
        contact(w, "tokyo", new LadderPlace(3, "Asia/Tokyo", List.of("MON", "TUE", "WED", "THU", "FRI"), "09:00", "17:00", false));
        contact(w, "desk", new LadderPlace(4, "UTC", null, null, null, true));
        contact(w, "angeles", new LadderPlace(5, "America/Los_Angeles", null, "09:00", "17:00", false));
        String incident = report(w, Severity.HIGH);
        assertEquals(1, run(w, incident).escalation().getCurrentOrder(), "London is within its hours at 16:50");

        TestClock.fixAt(start.plus(Duration.ofMinutes(10)));
        ladder.escalateDue();
        EscalationLadder.Run run = run(w, incident);
        assertEquals(4, run.escalation().getCurrentOrder(), "Auckland and Tokyo are asleep: the 24x7 desk is next");
        EscalationStep toDesk = run.steps().get(run.steps().size() - 1);
        assertEquals(w.email("desk"), toDesk.getContactEmail());
        assertTrue(toDesk.getReason().contains("outside their working hours"), toDesk.getReason());
        assertEquals(1, notifications(w.email("auckland")).size(), "skipped: only the mail at intake");
        assertEquals(1, notifications(w.email("tokyo")).size());

        // 17:10 UTC is 09:10 in Los Angeles: the next in order within working hours
        TestClock.fixAt(start.plus(Duration.ofMinutes(20)));
        ladder.escalateDue();
        assertEquals(5, run(w, incident).escalation().getCurrentOrder());
        assertEquals(2, notifications(w.email("angeles")).size());

        // nobody after Los Angeles, and the one 24x7 contact was in charge already: the run waits
        TestClock.fixAt(start.plus(Duration.ofMinutes(30)));
        ladder.escalateDue();
        assertEquals(Escalation.State.EXHAUSTED, run(w, incident).escalation().getState());
        assertEquals(2, notifications(w.email("desk")).size(), "the desk is not told twice");
        // a late acknowledgement is still taken
        assertEquals(Escalation.State.ACKNOWLEDGED, acknowledgements.acknowledge(token(notifications(w.email("london")).get(0))).state());
    }

    @Test
    void onlyHighSeverityStartsTheLadderAndOnlyTheTenantSeesIt() throws Exception {
        TestClock.fixAt(MONDAY_10);
        World w = world();
        contact(w, "only", new LadderPlace(null, null, null, null, null, null));
        String medium = report(w, Severity.MEDIUM);
        OutboxMail told = notifications(w.email("only")).get(0);
        assertTrue(told.getSubject().startsWith("Medium-severity"), told.getSubject());
        assertTrue(!told.getBody().contains("acknowledge.xhtml"), "a medium-severity notification has no acknowledge link");
        assertTrue(As.user(w.reader(), Fixtures.PASSWORD, () -> escalations.ofIncident(w.tenantId(), medium)).isEmpty());
        String high = report(w, Severity.HIGH);
        assertTrue(As.user(w.reader(), Fixtures.PASSWORD, () -> escalations.ofIncident(w.tenantId(), high)).isPresent(),
                "the tenant's reader sees the ladder's run on the incident");
        World other = world();
        assertThrows(AccessDenied.class, () -> As.user(other.admin(), Fixtures.PASSWORD, () -> escalations.ofIncident(w.tenantId(), high)));
        assertThrows(AccessDenied.class, () -> As.user(other.admin(), Fixtures.PASSWORD, () -> escalations.acknowledge(w.tenantId(), high)));

        // in the console: the reader may not acknowledge, the admin may, once; a medium incident has nothing to acknowledge
        assertThrows(EJBAccessException.class, () -> As.user(w.reader(), Fixtures.PASSWORD, () -> escalations.acknowledge(w.tenantId(), high)));
        assertThrows(NotFound.class, () -> As.user(w.admin(), Fixtures.PASSWORD, () -> escalations.acknowledge(w.tenantId(), medium)));
        Escalation acknowledged = As.user(w.admin(), Fixtures.PASSWORD, () -> escalations.acknowledge(w.tenantId(), high));
        assertEquals(Escalation.State.ACKNOWLEDGED, acknowledged.getState());
        assertTrue(acknowledged.getAcknowledgedBy().startsWith(w.admin()), acknowledged.getAcknowledgedBy());
        assertThrows(Conflict.class, () -> As.user(w.admin(), Fixtures.PASSWORD, () -> escalations.acknowledge(w.tenantId(), high)));
        OutboxMail highMail = notifications(w.email("only")).stream().filter(m -> m.getSubject().startsWith("High")).findFirst().orElseThrow();
        assertThrows(Conflict.class, () -> acknowledgements.acknowledge(token(highMail)), "nor the link after it");
    }

    /** A tenant of one test and its high-severity incident, reported on Monday at 10:00 with contacts "first" and "second" on the ladder. */
    private record Ladder(World w, String incident) {
    }

    private Ladder twoContactsToldOfAHighIncident() throws Exception {
        TestClock.fixAt(MONDAY_10);
        World w = world();
        contact(w, "first", new LadderPlace(1, "Europe/London", null, null, null, false));
        contact(w, "second", new LadderPlace(2, "Europe/Berlin", null, null, null, false));
        return new Ladder(w, report(w, Severity.HIGH));
    }

    /** Moves the clock to the 15th minute, when the ladder escalates to the second contact; answers the escalation's mail. */
    private OutboxMail escalatedToTheSecond(Ladder l) throws Exception {
        TestClock.fixAt(MONDAY_10.plus(Duration.ofMinutes(15)));
        ladder.escalateDue();
        return notifications(l.w().email("second")).stream().filter(m -> m.getSubject().startsWith("Not acknowledged")).findFirst().orElseThrow();
    }

    private World world() throws Exception {
        String u = Fixtures.unique();
        String tenantId = RoleWorld.asAdmin(() -> tenants.create(new NewTenant("Ladder " + u, Cloud.COMMERCIAL, Region.EU, "a-" + u + "@example.org")).getId());
        String admin = user("ladm-" + u, Role.TENANT_ADMIN, tenantId);
        String reader = user("lrd-" + u, Role.TENANT_READER, tenantId);
        String platformUser = user("lpf-" + u, Role.PLATFORM, null);
        return new World(tenantId, admin, reader, platformUser, u);
    }

    private String user(String name, Role role, String tenantId) throws Exception {
        RoleWorld.asAdmin(() -> users.create(new NewUser(name, Fixtures.PASSWORD, name + "@example.org", role, tenantId)));
        return name;
    }

    private void contact(World w, String who, LadderPlace place) throws Exception {
        As.run(w.admin(), Fixtures.PASSWORD, () -> contacts.add(w.tenantId(), who, w.email(who), null, true, false, place));
    }

    private String report(World w, Severity severity) throws Exception {
        return As.user(w.platformUser(), Fixtures.PASSWORD, () -> platform.report(w.tenantId(), new Incident.Report("ext-" + Fixtures.unique(),
                "Ransomware staged", severity, "Ransomware", "TA0040", null, List.of(), List.of()))).incident().getId();
    }

    private EscalationLadder.Run run(World w, String incidentId) throws Exception {
        return As.user(w.admin(), Fixtures.PASSWORD, () -> escalations.ofIncident(w.tenantId(), incidentId)).orElseThrow();
    }

    /** The incident notifications and escalations queued for the address (not the mail that made it a contact). */
    private List<OutboxMail> notifications(String to) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.recipient = :to AND m.subject LIKE '%-severity incident INC-% at %'",
                OutboxMail.class).setParameter("to", to).getResultList();
    }

    private static String token(OutboxMail mail) {
        Matcher m = LINK.matcher(mail.getBody());
        assertTrue(m.find(), mail.getBody());
        return m.group(1);
    }
}
