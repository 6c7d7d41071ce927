package org.mxdr.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mxdr.testing.GrantedTenants.D_FINANCE;
import static org.mxdr.testing.GrantedTenants.D_FREE;
import static org.mxdr.testing.GrantedTenants.D_HR;
import static org.mxdr.testing.GrantedTenants.FINANCE;
import static org.mxdr.testing.GrantedTenants.HR;
import static org.mxdr.testing.GrantedTenants.U_FINANCE;
import static org.mxdr.testing.GrantedTenants.U_FREE;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

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
import org.mxdr.access.entity.AccessDecision.Reason;
import org.mxdr.audit.boundary.AuditService;
import org.mxdr.audit.entity.AuditRecord;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.Role;
import org.mxdr.response.boundary.ExpertRecordService;
import org.mxdr.response.boundary.IncidentChatService;
import org.mxdr.response.boundary.IncidentDetail;
import org.mxdr.response.boundary.IncidentFilter;
import org.mxdr.response.boundary.IncidentService;
import org.mxdr.response.boundary.IncidentQueueService;
import org.mxdr.response.boundary.ResponseActionService;
import org.mxdr.response.boundary.Intake;
import org.mxdr.response.boundary.PlatformService;
import org.mxdr.response.entity.ActionState;
import org.mxdr.response.entity.ActionType;
import org.mxdr.response.entity.Assignee;
import org.mxdr.response.entity.Classification;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.IncidentSummary;
import org.mxdr.response.entity.IncidentStatus;
import org.mxdr.response.entity.PlatformCommand;
import org.mxdr.response.entity.ResponseAction;
import org.mxdr.response.entity.Severity;
import org.mxdr.eligibility.boundary.InventoryService;
import org.mxdr.eligibility.entity.AvMode;
import org.mxdr.eligibility.entity.DeviceItem;
import org.mxdr.eligibility.entity.Inventory;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;
import org.mxdr.testing.GrantedTenants.Tenant;
import org.mxdr.testing.OncePerClass;
import org.mxdr.testing.TestClock;

/**
 * Managed response through the EJB boundaries: intake by the platform,
 * the flow for each branch (false positive; true positive with an Operator grant, with a
 * Reader-only grant, on an excluded device, with the all-devices switch off), the platform's
 * commands and reports, the customer's cards, the experts' denials without, after the expiry
 * and after the revocation of a grant, tenant isolation, analyst notes, the audit trail, and the
 * queue's filters and paging.
 * <p>
 * The users and the two tenants most tests work in are made once per class; every test reports
 * incidents of its own, and tests that change a grant or count a queue use a tenant of their own.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(OncePerClass.class)
class IncidentFlowIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(IncidentFlowIT.class, ResponseTenants.class);
    }

    @Inject
    PlatformService platform;

    @Inject
    IncidentService incidents;

    @Inject
    IncidentQueueService queue;

    @Inject
    ResponseActionService actions;

    @Inject
    ExpertRecordService records;

    @Inject
    InventoryService inventories;

    @Inject
    IncidentChatService chat;

    @Inject
    AuditService audit;

    @Inject
    GrantedTenants grants;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    ResponseTenants world;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    // ---------------------------------------------------------------- the flow, branch by branch

    @Test
    void aFalsePositiveIsResolvedAtOnce() throws Exception {
        Incident reported = report(world.operated, Severity.LOW, List.of(D_FREE), List.of(U_FREE));
        assertEquals(IncidentStatus.NEW, reported.getStatus());
        assertEquals(Assignee.UNASSIGNED, reported.getAssignedTo());
        Incident taken = asExpert(() -> incidents.take(world.operated.id(), reported.getId()));
        assertEquals(IncidentStatus.IN_PROGRESS, taken.getStatus());
        assertEquals(Assignee.EXPERTS, taken.getAssignedTo());
        assertEquals(world.expert, taken.getTakenBy());

        Incident classified = asExpert(() -> incidents.classify(world.operated.id(), reported.getId(), Classification.FALSE_POSITIVE, "Admin's own script"));
        assertEquals(IncidentStatus.RESOLVED, classified.getStatus());
        assertEquals(Classification.FALSE_POSITIVE, classified.getClassification());
        assertEquals("Admin's own script", classified.getDetermination());
        assertEquals(world.expert, classified.getResolvedBy());
        assertTrue(classified.getResolvedAt() != null);
        // resolved: nothing more to do on it
        assertThrows(Conflict.class, () -> asExpert(() -> incidents.classify(world.operated.id(), reported.getId(), Classification.TRUE_POSITIVE, "second thoughts")));
        assertThrows(Conflict.class, () -> asExpert(() -> actions.act(world.operated.id(), reported.getId(), ActionType.ISOLATE_DEVICE, D_FREE, null, "Stops the spread")));
        assertThrows(Conflict.class, () -> asExpert(() -> incidents.resolve(world.operated.id(), reported.getId())));
        // the same for expected activity
        Incident expected = report(world.operated, Severity.INFORMATIONAL, List.of(D_FREE), List.of());
        assertEquals(IncidentStatus.RESOLVED, asExpert(() -> incidents.classify(world.operated.id(), expected.getId(),
                Classification.INFORMATIONAL_EXPECTED, "Scheduled scan")).getStatus());
        // a classification names what is missing
        Incident open = report(world.operated, Severity.LOW, List.of(D_FREE), List.of());
        assertEquals("classification", assertThrows(BadInput.class, () -> asExpert(() -> incidents.classify(world.operated.id(), open.getId(), null, "x"))).field());
        assertEquals("determination", assertThrows(BadInput.class,
                () -> asExpert(() -> incidents.classify(world.operated.id(), open.getId(), Classification.FALSE_POSITIVE, " "))).field());
        assertEquals(IncidentStatus.NEW, get(world.operated.admin(), world.operated, open).incident().getStatus(), "a refused classification changed nothing");
    }

    @Test
    void anExpertActsOnlyOnceTheIncidentIsATruePositive() throws Exception {
        Incident incident = report(world.operated, Severity.HIGH, List.of(D_FREE, D_FINANCE), List.of(U_FREE));
        asExpert(() -> incidents.take(world.operated.id(), incident.getId()));
        assertThrows(Conflict.class, () -> asExpert(() -> actions.act(world.operated.id(), incident.getId(), ActionType.ISOLATE_DEVICE, D_FREE, null, "Stops the spread")));
    }

    @Test
    void withAnOperatorGrantTheExpertsActionsRunAndTheIncidentStaysWithThem() throws Exception {
        Running r = running();
        assertFalse(r.isolate().isRecommended());
        assertEquals(ActionState.IN_PROGRESS, r.isolate().getState());
        assertEquals(ActionState.IN_PROGRESS, r.disable().getState());
        Incident running = get(world.operated.admin(), world.operated, r.incident()).incident();
        assertEquals(IncidentStatus.IN_PROGRESS, running.getStatus(), "an action that runs leaves the incident with the experts");
        assertEquals(Assignee.EXPERTS, running.getAssignedTo());
    }

    @Test
    void anActionsTargetMustBeOneOfTheIncidentsOwnDevicesOrUsers() throws Exception {
        Incident incident = running().incident();
        assertEquals("target", assertThrows(BadInput.class,
                () -> asExpert(() -> actions.act(world.operated.id(), incident.getId(), ActionType.ISOLATE_DEVICE, D_HR, null, "Stops the spread"))).field());
        assertEquals("target", assertThrows(BadInput.class,
                () -> asExpert(() -> actions.act(world.operated.id(), incident.getId(), ActionType.DISABLE_USER, D_FREE, null, "Stops the spread"))).field());
        assertEquals("type", assertThrows(BadInput.class, () -> asExpert(() -> actions.act(world.operated.id(), incident.getId(), null, D_FREE, null, "Stops the spread"))).field());
    }

    @Test
    void thePlatformPicksUpACommandForEachActionRun() throws Exception {
        Running r = running();
        PlatformCommand isolateCommand = commandOf(r.isolate());
        assertEquals("ISOLATE_DEVICE", isolateCommand.getCommand());
        assertEquals(D_FREE, isolateCommand.getTarget());
        assertEquals("full isolation", isolateCommand.getDetail());
        assertEquals(world.operated.id(), isolateCommand.getTenantId());
        List<String> pending = pendingCommands();
        assertTrue(pending.containsAll(List.of(isolateCommand.getId(), commandOf(r.disable()).getId())), pending.toString());
        assertTrue(commandOf(r.isolate()).getPickedUpAt() != null, "picked up");
    }

    @Test
    void aPickUpIsALeaseAndAnotherWorkerGetsTheCommandOnlyOnceItRanOutUnreported() throws Exception {
        PlatformCommand isolateCommand = commandOf(running().isolate());
        assertTrue(pendingCommands().contains(isolateCommand.getId()), "picked up by the first worker");
        List<String> again = pendingCommands();
        assertFalse(again.contains(isolateCommand.getId()), "leased to the first worker: " + again);
        TestClock.fixAt(java.time.Instant.now().plus(PlatformCommand.LEASE).plusSeconds(60));
        List<String> afterLease = pendingCommands();
        assertTrue(afterLease.contains(isolateCommand.getId()), "handed out again after the lease: " + afterLease);
    }

    @Test
    void theExpertsResolveOnceThePlatformReportedEveryAction() throws Exception {
        Running r = running();
        PlatformCommand isolateCommand = commandOf(r.isolate());
        pendingCommands();
        Conflict running2 = assertThrows(Conflict.class, () -> asExpert(() -> incidents.resolve(world.operated.id(), r.incident().getId())));
        assertTrue(running2.getMessage().startsWith("2 actions are still in progress"), running2.getMessage());

        ResponseAction done = As.user(world.platformUser, Fixtures.PASSWORD, () -> platform.reportOutcome(isolateCommand.getId(), true, "Isolated at 10:02"));
        assertEquals(ActionState.COMPLETED, done.getState());
        assertEquals("Isolated at 10:02", done.getResult());
        assertThrows(Conflict.class, () -> As.user(world.platformUser, Fixtures.PASSWORD, () -> platform.reportOutcome(isolateCommand.getId(), false, null)),
                "reported once");
        assertThrows(Conflict.class, () -> asExpert(() -> incidents.resolve(world.operated.id(), r.incident().getId())), "one action still runs");
        ResponseAction failed = As.user(world.platformUser, Fixtures.PASSWORD, () -> platform.reportOutcome(commandOf(r.disable()).getId(), false, "User not found"));
        assertEquals(ActionState.FAILED, failed.getState());
        List<String> stillPending = pendingCommands();
        assertFalse(stillPending.contains(isolateCommand.getId()), "a reported command is no longer pending");

        Incident resolved = asExpert(() -> incidents.resolve(world.operated.id(), r.incident().getId()));
        assertEquals(IncidentStatus.RESOLVED, resolved.getStatus());
        assertEquals(Assignee.CUSTOMER, resolved.getAssignedTo(), "a resolved true positive goes to the customer to follow up");
        IncidentDetail detail = get(world.operated.admin(), world.operated, r.incident());
        assertEquals(List.of(ActionState.COMPLETED, ActionState.FAILED), detail.actions().stream().map(ResponseAction::getState).toList());
    }

    @Test
    void onlyThePlatformPicksUpAndReportsCommands() throws Exception {
        PlatformCommand isolateCommand = commandOf(running().isolate());
        assertThrows(EJBAccessException.class, () -> asExpert(() -> platform.pendingCommands(10)));
        assertThrows(EJBAccessException.class, () -> As.user(world.operated.admin(), Fixtures.PASSWORD, () -> platform.reportOutcome(isolateCommand.getId(), true, null)));
    }

    @Test
    void withAReaderGrantTheExpertsActionsBecomeCardsThatWaitForTheCustomer() throws Exception {
        Cards cards = cards();
        assertTrue(cards.isolate().isRecommended());
        assertEquals(ActionState.AWAITING_CUSTOMER, cards.isolate().getState());
        assertEquals(Reason.LEVEL_TOO_LOW.message(), cards.isolate().getReason());
        assertTrue(cards.disable().isRecommended());
        assertEquals(0L, commands(cards.isolate()) + commands(cards.disable()), "a card is no command for the platform");
        Incident waiting = get(world.guidedReader, world.guided, cards.incident()).incident();
        assertEquals(IncidentStatus.AWAITING_CUSTOMER, waiting.getStatus());
        assertEquals(Assignee.CUSTOMER, waiting.getAssignedTo());
        assertThrows(Conflict.class, () -> asExpert(() -> incidents.resolve(world.guided.id(), cards.incident().getId())), "cards are open");
        // the incident contact heard of each card
        Number mails = (Number) em.createNativeQuery("SELECT COUNT(*) FROM outbox_mail m JOIN expert_contact c ON c.email = m.recipient "
                + "WHERE c.tenant_id = ?1 AND m.subject LIKE ?2").setParameter(1, world.guided.id())
                .setParameter(2, "Action needed on incident " + waiting.getKey() + ":%").getSingleResult();
        assertEquals(2, mails.longValue(), "one mail per card to the one incident contact");
    }

    @Test
    void theReaderSeesTheCardsButNeitherItNorTheExpertsNorAnotherTenantsAdminAnswerThem() throws Exception {
        Cards cards = cards();
        String tenant = world.guided.id();
        String incident = cards.incident().getId();
        String card = cards.isolate().getId();
        assertEquals(2, get(world.guidedReader, world.guided, cards.incident()).actions().size());
        assertThrows(EJBAccessException.class, () -> As.user(world.guidedReader, Fixtures.PASSWORD,
                () -> actions.answer(tenant, incident, card, true)));
        assertThrows(EJBAccessException.class, () -> asExpert(() -> actions.answer(tenant, incident, card, true)));
        assertThrows(AccessDenied.class, () -> As.user(world.otherAdmin, Fixtures.PASSWORD,
                () -> actions.answer(tenant, incident, card, true)), "nor another tenant's admin");
    }

    @Test
    void theOperatorAnswersEachCardOnceAndTheIncidentWaitsUntilEveryCardIsAnswered() throws Exception {
        Cards cards = cards();
        String tenant = world.guided.id();
        String incident = cards.incident().getId();
        ResponseAction completed = asGuidedOperator(() -> actions.answer(tenant, incident, cards.isolate().getId(), true));
        assertEquals(ActionState.CUSTOMER_COMPLETED, completed.getState());
        assertEquals(world.guidedOperator, completed.getAnsweredBy());
        assertThrows(Conflict.class, () -> asGuidedOperator(() -> actions.answer(tenant, incident, cards.isolate().getId(), false)), "answered once");
        assertEquals(IncidentStatus.AWAITING_CUSTOMER, get(world.guidedReader, world.guided, cards.incident()).incident().getStatus(),
                "one card still waits");
        assertThrows(Conflict.class, () -> asGuidedOperator(() -> incidents.resolve(tenant, incident)));

        ResponseAction skipped = asGuidedOperator(() -> actions.answer(tenant, incident, cards.disable().getId(), false));
        assertEquals(ActionState.SKIPPED, skipped.getState());
        Incident answered = get(world.guidedReader, world.guided, cards.incident()).incident();
        assertEquals(IncidentStatus.IN_PROGRESS, answered.getStatus(), "every card answered: back with the experts");
        assertEquals(Assignee.EXPERTS, answered.getAssignedTo());
    }

    @Test
    void onceEveryCardIsAnsweredTheOperatorResolvesAndTheReaderMayNot() throws Exception {
        Cards cards = cards();
        String tenant = world.guided.id();
        String incident = cards.incident().getId();
        asGuidedOperator(() -> actions.answer(tenant, incident, cards.isolate().getId(), true));
        asGuidedOperator(() -> actions.answer(tenant, incident, cards.disable().getId(), false));
        assertThrows(EJBAccessException.class, () -> As.user(world.guidedReader, Fixtures.PASSWORD, () -> incidents.resolve(tenant, incident)));

        Incident resolved = asGuidedOperator(() -> incidents.resolve(tenant, incident));
        assertEquals(IncidentStatus.RESOLVED, resolved.getStatus());
        assertEquals(Assignee.CUSTOMER, resolved.getAssignedTo());
        assertEquals(world.guidedOperator, resolved.getResolvedBy());
    }

    @Test
    void onAnExcludedDeviceAnOperatorGrantGivesACardWhileOtherAssetsRun() throws Exception {
        Incident incident = report(world.operated, Severity.MEDIUM, List.of(D_HR, D_FREE), List.of());
        asExpert(() -> incidents.classify(world.operated.id(), incident.getId(), Classification.TRUE_POSITIVE, "Lateral movement"));
        ResponseAction card = asExpert(() -> actions.act(world.operated.id(), incident.getId(), ActionType.ISOLATE_DEVICE, D_HR, null, "Stops the spread"));
        assertTrue(card.isRecommended(), "HR is excluded: guidance only");
        assertEquals(ActionState.AWAITING_CUSTOMER, card.getState());
        assertEquals(Reason.EXCLUDED_ASSET.message(), card.getReason());
        assertEquals(0L, commands(card));
        ResponseAction run = asExpert(() -> actions.act(world.operated.id(), incident.getId(), ActionType.ISOLATE_DEVICE, D_FREE, null, "Stops the spread"));
        assertFalse(run.isRecommended(), "a device in no excluded group: the action runs");
        assertEquals(1L, commands(run));
        Incident waiting = get(world.operated.admin(), world.operated, incident).incident();
        assertEquals(IncidentStatus.AWAITING_CUSTOMER, waiting.getStatus());
        assertEquals(Assignee.CUSTOMER, waiting.getAssignedTo());

        // the admin answers the card, the platform reports the run: resolvable
        As.user(world.operated.admin(), Fixtures.PASSWORD, () -> actions.answer(world.operated.id(), incident.getId(), card.getId(), true));
        assertThrows(Conflict.class, () -> asExpert(() -> incidents.resolve(world.operated.id(), incident.getId())), "the run action is still in progress");
        As.user(world.platformUser, Fixtures.PASSWORD, () -> platform.reportOutcome(commandOf(run).getId(), true, null));
        assertEquals(IncidentStatus.RESOLVED, asExpert(() -> incidents.resolve(world.operated.id(), incident.getId())).getStatus());
    }

    @Test
    void withAllDevicesOffAnIncidentOnADeviceInAGroupIsOutOfTheExpertsReach() throws Exception {
        Tenant t = grants.granted("Withheld " + Fixtures.unique(), true, true, false);
        Incident grouped = report(t, Severity.HIGH, List.of(D_FREE, D_FINANCE), List.of());
        Incident free = report(t, Severity.HIGH, List.of(D_FREE), List.of(U_FINANCE));
        Incident noDevice = report(t, Severity.LOW, List.of(), List.of(U_FREE));

        assertEquals(Set.of(free.getId(), noDevice.getId()), ids(asExpert(() -> queue.summariesFrom(t.id(), IncidentFilter.NONE, 0, 50))));
        assertEquals(2L, asExpert(() -> queue.count(t.id(), IncidentFilter.NONE)));
        assertDeniedOnTheIncident(t, grouped, Reason.DEVICE_GROUPS_WITHHELD);
        // the tenant's own users see all three
        assertEquals(Set.of(grouped.getId(), free.getId(), noDevice.getId()),
                ids(As.user(t.admin(), Fixtures.PASSWORD, () -> queue.summariesFrom(t.id(), IncidentFilter.NONE, 0, 50))));
        // within reach, the world.expert works as usual
        assertEquals(free.getId(), asExpert(() -> incidents.get(t.id(), free.getId())).incident().getId());
        asExpert(() -> incidents.classify(t.id(), free.getId(), Classification.TRUE_POSITIVE, "Phishing"));
        assertFalse(asExpert(() -> actions.act(t.id(), free.getId(), ActionType.ISOLATE_DEVICE, D_FREE, null, "Stops the spread")).isRecommended());
        asExpert(() -> chat.post(t.id(), free.getId(), "Isolating the laptop now."));
        assertEquals(1L, asExpert(() -> chat.count(t.id(), free.getId())));

        // the Finance laptop leaves its group in a new import: its incident comes into reach, and goes when it is back
        importDevices(t, null);
        assertEquals(3L, asExpert(() -> queue.count(t.id(), IncidentFilter.NONE)));
        assertEquals(grouped.getId(), asExpert(() -> incidents.get(t.id(), grouped.getId())).incident().getId());
        importDevices(t, FINANCE);
        assertEquals(2L, asExpert(() -> queue.count(t.id(), IncidentFilter.NONE)));
        assertDeniedOnTheIncident(t, grouped, Reason.DEVICE_GROUPS_WITHHELD);

        // the switch on again: the incident is back in reach
        grants.change(t, true, true, null);
        assertEquals(3L, asExpert(() -> queue.count(t.id(), IncidentFilter.NONE)));
        assertEquals(grouped.getId(), asExpert(() -> incidents.get(t.id(), grouped.getId())).incident().getId());
    }

    /** Imports the tenant's devices anew, with the Finance laptop in the given group (none: null). */
    private void importDevices(Tenant t, String financeLaptopGroup) throws Exception {
        GrantedTenants.asAdmin(() -> inventories.replace(t.id(), new Inventory(null, null, List.of(
                new DeviceItem(D_FINANCE, "FIN-1", "Windows 11", true, true, AvMode.ACTIVE, financeLaptopGroup),
                new DeviceItem(D_HR, "HR-1", "Windows 11", true, true, AvMode.ACTIVE, HR),
                new DeviceItem(D_FREE, "FREE-1", "Windows 11", true, true, AvMode.ACTIVE, null)))));
    }

    // ---------------------------------------------------------------- denials

    @Test
    void anExpertWithoutAGrantIsDeniedEverything() throws Exception {
        Tenant t = grants.subscribed("No grant " + Fixtures.unique());
        Incident incident = report(t, Severity.HIGH, List.of(D_FREE), List.of());
        assertDeniedEverywhere(t, incident, Reason.NO_GRANT);
    }

    @Test
    void anExpiredAndThenARevokedGrantDeniesTheVeryNextCall() throws Exception {
        Tenant t = grants.granted("Expiring " + Fixtures.unique(), true, true, true);
        Instant expiresAt = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        grants.change(t, true, true, expiresAt);
        Incident incident = report(t, Severity.HIGH, List.of(D_FREE), List.of(U_FREE));
        TestClock.fixAt(expiresAt.minusMillis(1));
        assertEquals(incident.getId(), asExpert(() -> incidents.get(t.id(), incident.getId())).incident().getId(), "a millisecond before");
        TestClock.fixAt(expiresAt);
        assertDeniedEverywhere(t, incident, Reason.EXPIRED);
        TestClock.reset();

        assertEquals(1L, asExpert(() -> queue.count(t.id(), IncidentFilter.NONE)), "before the expiry, in reach again");
        grants.revoke(t);
        assertDeniedEverywhere(t, incident, Reason.REVOKED);
        // the tenant's users keep their incidents
        assertEquals(IncidentStatus.NEW, get(t.admin(), t, incident).incident().getStatus(), "no refused call changed it");
        assertTrue(As.user(t.admin(), Fixtures.PASSWORD, () -> chat.messages(t.id(), incident.getId(), 0, 10)).isEmpty(), "no refused post stored");
    }

    @Test
    void aTenantUserNeverSeesAnotherTenantsIncidentNorAnAnalystNote() throws Exception {
        Incident incident = report(world.operated, Severity.MEDIUM, List.of(D_FREE), List.of());
        asExpert(() -> records.addNote(world.operated.id(), incident.getId(), "Looks like the red team; check with the CISO."));
        asExpert(() -> records.openTicket(world.operated.id(), incident.getId(), "Tune the rule", "Too noisy on build agents."));

        IncidentDetail seenByExpert = asExpert(() -> incidents.get(world.operated.id(), incident.getId()));
        assertTrue(seenByExpert.viewedByExpert());
        assertEquals(List.of("Looks like the red team; check with the CISO."), seenByExpert.notes().stream().map(n -> n.getBody()).toList());
        assertEquals(1, seenByExpert.tickets().size());
        for (String user : List.of(world.operated.admin(), world.operatedReader)) {
            IncidentDetail seen = get(user, world.operated, incident);
            assertFalse(seen.viewedByExpert());
            assertTrue(seen.notes().isEmpty(), user + " sees no analyst note");
            assertTrue(seen.tickets().isEmpty(), user + " sees no case ticket");
        }
        assertThrows(EJBAccessException.class, () -> As.user(world.operated.admin(), Fixtures.PASSWORD,
                () -> records.addNote(world.operated.id(), incident.getId(), "mine")), "notes are the experts' own");

        // another tenant's admin: refused on the tenant's path, whatever the call
        List<Callable<?>> calls = List.of(
                () -> queue.summariesFrom(world.operated.id(), IncidentFilter.NONE, 0, 10),
                () -> queue.count(world.operated.id(), IncidentFilter.NONE),
                () -> incidents.get(world.operated.id(), incident.getId()),
                () -> incidents.resolve(world.operated.id(), incident.getId()),
                () -> chat.messages(world.operated.id(), incident.getId(), 0, 10),
                () -> chat.post(world.operated.id(), incident.getId(), "hello from elsewhere"));
        for (Callable<?> call : calls) {
            assertThrows(AccessDenied.class, () -> As.user(world.otherAdmin, Fixtures.PASSWORD, call));
        }
        // and within its own tenant's path the id is simply unknown
        assertThrows(org.mxdr.platform.NotFound.class, () -> As.user(world.otherAdmin, Fixtures.PASSWORD, () -> incidents.get(world.otherTenant, incident.getId())));
        assertThrows(org.mxdr.platform.NotFound.class, () -> As.user(world.otherAdmin, Fixtures.PASSWORD, () -> chat.messages(world.otherTenant, incident.getId(), 0, 10)));
    }

    @Test
    void everyExpertViewClassificationAndActionIsAudited() throws Exception {
        Incident incident = report(world.operated, Severity.HIGH, List.of(D_FREE, D_HR), List.of());
        asExpert(() -> incidents.get(world.operated.id(), incident.getId()));
        asExpert(() -> incidents.take(world.operated.id(), incident.getId()));
        asExpert(() -> incidents.classify(world.operated.id(), incident.getId(), Classification.TRUE_POSITIVE, "Beaconing"));
        asExpert(() -> actions.act(world.operated.id(), incident.getId(), ActionType.ISOLATE_DEVICE, D_FREE, null, "Stops the spread"));
        asExpert(() -> actions.act(world.operated.id(), incident.getId(), ActionType.RESTRICT_APP, D_HR, null, "Stops the spread"));
        // a tenant user's view is not an world.expert's view
        get(world.operated.admin(), world.operated, incident);

        List<AuditRecord> trail = GrantedTenants.asAdmin(() -> audit.ofTenant(world.operated.id(), 0, PageRequest.MAX_PAGE));
        String named = "incident=" + incident.getExternalId();
        Map<String, String> expected = Map.of(
                "incident.viewed", named,
                "incident.taken", named + "; status=IN_PROGRESS; assignedTo=EXPERTS",
                "incident.classified", named + "; status=IN_PROGRESS; assignedTo=EXPERTS; classification=TRUE_POSITIVE; determination=Beaconing",
                "action.run", named + "; action=ISOLATE_DEVICE; target=" + D_FREE + "; state=IN_PROGRESS",
                "action.recommended", named + "; action=RESTRICT_APP; target=" + D_HR + "; state=AWAITING_CUSTOMER; recommended");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            List<AuditRecord> found = trail.stream().filter(r -> r.getAction().equals(e.getKey()) && e.getValue().equals(r.getAfter())).toList();
            assertEquals(1, found.size(), e.getKey() + " " + e.getValue() + " in " + trail.stream().map(r -> r.getAction() + ":" + r.getAfter()).toList());
            assertEquals(world.expert, found.get(0).getActor());
        }
        assertEquals(named + "; status=NEW; assignedTo=UNASSIGNED", trail.stream().filter(r -> r.getAction().equals("incident.taken")
                && expected.get("incident.taken").equals(r.getAfter())).findFirst().orElseThrow().getBefore());
        assertEquals(1, trail.stream().filter(r -> r.getAction().equals("incident.viewed") && r.getAfter().equals(named)).count(),
                "the tenant admin's view is not recorded as an world.expert's");
    }

    // ---------------------------------------------------------------- the queue

    @Test
    void theQueuePagesNewestFirstWithEveryIncidentOnceForTheExpertsAndTheReader() throws Exception {
        Queued q = queued();
        List<String> newestFirst = new ArrayList<>(q.reported().stream().map(Incident::getId).toList());
        java.util.Collections.reverse(newestFirst);
        for (String user : List.of(world.expert, q.reader())) {
            List<String> paged = new ArrayList<>();
            for (int first = 0; first < 9; first += 3) {
                int from = first;
                paged.addAll(As.user(user, Fixtures.PASSWORD, () -> queue.summariesFrom(q.t().id(), IncidentFilter.NONE, from, 3)).stream()
                        .map(IncidentSummary::id).toList());
            }
            assertEquals(newestFirst, paged, user + ": newest first, every incident once");
            assertEquals(7L, As.user(user, Fixtures.PASSWORD, () -> queue.count(q.t().id(), IncidentFilter.NONE)));
        }
    }

    @Test
    void theQueueFiltersByStatusSeverityAndAssigneeForTheExpertsAndTheReader() throws Exception {
        Queued q = queued();
        for (String user : List.of(world.expert, q.reader())) {
            assertQueue(user, q.t(), new IncidentFilter(IncidentStatus.RESOLVED, null, null), q.reported(), 0);
            assertQueue(user, q.t(), new IncidentFilter(IncidentStatus.NEW, null, null), q.reported(), 6, 4, 3, 1);
            assertQueue(user, q.t(), new IncidentFilter(null, Severity.HIGH, null), q.reported(), 5, 2, 0);
            assertQueue(user, q.t(), new IncidentFilter(null, null, Assignee.EXPERTS), q.reported(), 2, 0);
            assertQueue(user, q.t(), new IncidentFilter(null, null, Assignee.CUSTOMER), q.reported(), 5);
            assertQueue(user, q.t(), new IncidentFilter(IncidentStatus.NEW, Severity.MEDIUM, Assignee.UNASSIGNED), q.reported(), 6, 1);
            assertQueue(user, q.t(), new IncidentFilter(IncidentStatus.AWAITING_CUSTOMER, Severity.LOW, null), q.reported());
        }
    }

    @Test
    void twoIncidentsReportedInTheSameInstantArePagedByIdNeitherRepeatedNorSkipped() throws Exception {
        Tenant t = grants.granted("Queue tie " + Fixtures.unique(), false, true, true);
        String reader = grants.newUser("rx-trd-" + Fixtures.unique(), Role.TENANT_READER, t.id());
        TestClock.fixAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        List<String> tied = new ArrayList<>(List.of(report(t, Severity.LOW, List.of(), List.of(U_FREE)).getId(),
                report(t, Severity.LOW, List.of(), List.of(U_FREE)).getId()));
        TestClock.reset();
        java.util.Collections.sort(tied);
        List<String> onePerPage = new ArrayList<>();
        for (int first = 0; first < 2; first++) {
            int from = first;
            onePerPage.addAll(As.user(reader, Fixtures.PASSWORD, () -> queue.summariesFrom(t.id(), IncidentFilter.NONE, from, 1)).stream()
                    .map(IncidentSummary::id).toList());
        }
        assertEquals(tied, onePerPage, "the id breaks the tie");
    }

    // ---------------------------------------------------------------- helpers

    /** Every world.expert call on the tenant and on the incident is refused for the reason given, and changes nothing. */
    private void assertDeniedEverywhere(Tenant t, Incident incident, Reason reason) throws Exception {
        assertEquals(reason.message(), assertThrows(AccessDenied.class, () -> asExpert(() -> queue.summariesFrom(t.id(), IncidentFilter.NONE, 0, 10))).getMessage());
        assertThrows(AccessDenied.class, () -> asExpert(() -> queue.count(t.id(), IncidentFilter.NONE)));
        assertDeniedOnTheIncident(t, incident, reason);
    }

    private void assertDeniedOnTheIncident(Tenant t, Incident incident, Reason reason) throws Exception {
        String id = incident.getId();
        Map<String, Callable<?>> calls = Map.of(
                "get", () -> incidents.get(t.id(), id),
                "take", () -> incidents.take(t.id(), id),
                "classify", () -> incidents.classify(t.id(), id, Classification.TRUE_POSITIVE, "sure"),
                "act", () -> actions.act(t.id(), id, ActionType.ISOLATE_DEVICE, D_FREE, null, "Stops the spread"),
                "resolve", () -> incidents.resolve(t.id(), id),
                "note", () -> records.addNote(t.id(), id, "note"),
                "chat messages", () -> chat.messages(t.id(), id, 0, 10),
                "chat count", () -> chat.count(t.id(), id),
                "chat post", () -> chat.post(t.id(), id, "hello"));
        for (Map.Entry<String, Callable<?>> call : calls.entrySet()) {
            AccessDenied denied = assertThrows(AccessDenied.class, () -> asExpert(call.getValue()), call.getKey());
            assertEquals(reason.message(), denied.getMessage(), call.getKey());
        }
        Incident unchanged = get(t.admin(), t, incident).incident();
        assertEquals(incident.getStatus(), unchanged.getStatus());
        assertNull(unchanged.getClassification());
        assertEquals(0L, (long) As.user(t.admin(), Fixtures.PASSWORD, () -> chat.count(t.id(), id)));
    }

    private void assertQueue(String user, Tenant t, IncidentFilter filter, List<Incident> reported, int... expected) throws Exception {
        List<String> ids = As.user(user, Fixtures.PASSWORD, () -> queue.summariesFrom(t.id(), filter, 0, 50)).stream().map(IncidentSummary::id).toList();
        List<String> wanted = java.util.Arrays.stream(expected).mapToObj(i -> reported.get(i).getId()).toList();
        assertEquals(wanted, ids, user + " " + filter);
        assertEquals((long) expected.length, As.user(user, Fixtures.PASSWORD, () -> queue.count(t.id(), filter)), user + " " + filter);
    }

    private Incident report(Tenant t, Severity severity, List<String> devices, List<String> users) throws Exception {
        String externalId = "ext-" + Fixtures.unique();
        Intake intake = As.user(world.platformUser, Fixtures.PASSWORD, () -> platform.report(t.id(), new Incident.Report(externalId,
                "Suspicious activity " + externalId, severity, "Malware", "Execution", "powershell -enc ...", devices, users)));
        assertTrue(intake.created());
        return intake.incident();
    }

    private IncidentDetail get(String user, Tenant t, Incident incident) throws Exception {
        return As.user(user, Fixtures.PASSWORD, () -> incidents.get(t.id(), incident.getId()));
    }

    /** A true positive on the guided tenant (a Reader grant), taken, on which the experts' two actions became cards: isolating a device and disabling a user. */
    private record Cards(Incident incident, ResponseAction isolate, ResponseAction disable) {
    }

    private Cards cards() throws Exception {
        Incident incident = report(world.guided, Severity.HIGH, List.of(D_FREE), List.of(U_FREE));
        asExpert(() -> incidents.take(world.guided.id(), incident.getId()));
        asExpert(() -> incidents.classify(world.guided.id(), incident.getId(), Classification.TRUE_POSITIVE, "Credential theft"));
        ResponseAction isolate = asExpert(() -> actions.act(world.guided.id(), incident.getId(), ActionType.ISOLATE_DEVICE, D_FREE, null, "Stops the spread"));
        ResponseAction disable = asExpert(() -> actions.act(world.guided.id(), incident.getId(), ActionType.DISABLE_USER, U_FREE, null, "Stops the spread"));
        return new Cards(incident, isolate, disable);
    }

    /**
     * A queue of one test: a tenant granting the Reader level, its reader, and seven incidents a second apart (HIGH, MEDIUM, HIGH,
     * LOW, INFORMATIONAL, HIGH, MEDIUM) of which 0 is resolved as a false positive, 2 taken (in progress, experts) and 5 has a
     * card (awaiting the customer).
     */
    private record Queued(Tenant t, String reader, List<Incident> reported) {
    }

    private Queued queued() throws Exception {
        Tenant t = grants.granted("Queue " + Fixtures.unique(), false, true, true);
        String reader = grants.newUser("rx-qrd-" + Fixtures.unique(), Role.TENANT_READER, t.id());
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Severity[] severities = {Severity.HIGH, Severity.MEDIUM, Severity.HIGH, Severity.LOW, Severity.INFORMATIONAL, Severity.HIGH, Severity.MEDIUM};
        List<Incident> reported = new ArrayList<>();
        for (int i = 0; i < severities.length; i++) {
            TestClock.fixAt(start.plusSeconds(i));
            reported.add(report(t, severities[i], List.of(D_FREE), List.of()));
        }
        TestClock.reset();
        asExpert(() -> incidents.classify(t.id(), reported.get(0).getId(), Classification.FALSE_POSITIVE, "noise"));
        asExpert(() -> incidents.take(t.id(), reported.get(2).getId()));
        asExpert(() -> incidents.classify(t.id(), reported.get(5).getId(), Classification.TRUE_POSITIVE, "real"));
        asExpert(() -> actions.act(t.id(), reported.get(5).getId(), ActionType.ISOLATE_DEVICE, D_FREE, null, "Stops the spread"));
        return new Queued(t, reader, reported);
    }

    /** A true positive on the operated tenant, taken, on which the experts run two actions: isolating a device (with a detail) and disabling a user. */
    private record Running(Incident incident, ResponseAction isolate, ResponseAction disable) {
    }

    private Running running() throws Exception {
        Incident incident = report(world.operated, Severity.HIGH, List.of(D_FREE, D_FINANCE), List.of(U_FREE));
        asExpert(() -> incidents.take(world.operated.id(), incident.getId()));
        asExpert(() -> incidents.classify(world.operated.id(), incident.getId(), Classification.TRUE_POSITIVE, "Ransomware staging"));
        ResponseAction isolate = asExpert(() -> actions.act(world.operated.id(), incident.getId(), ActionType.ISOLATE_DEVICE, D_FREE, "full isolation",
                "Stops the spread"));
        ResponseAction disable = asExpert(() -> actions.act(world.operated.id(), incident.getId(), ActionType.DISABLE_USER, U_FREE, null, "Stops the spread"));
        return new Running(incident, isolate, disable);
    }

    /** The commands the platform picks up now (which leases them). */
    private List<String> pendingCommands() throws Exception {
        return As.user(world.platformUser, Fixtures.PASSWORD, () -> platform.pendingCommands(PageRequest.MAX_PAGE)).stream().map(PlatformCommand::getId).toList();
    }

    private PlatformCommand commandOf(ResponseAction action) {
        return em.createQuery("SELECT c FROM PlatformCommand c WHERE c.actionId = :a", PlatformCommand.class).setParameter("a", action.getId())
                .getSingleResult();
    }

    private long commands(ResponseAction action) {
        return em.createQuery("SELECT COUNT(c) FROM PlatformCommand c WHERE c.actionId = :a", Long.class).setParameter("a", action.getId())
                .getSingleResult();
    }

    private static Set<String> ids(List<IncidentSummary> list) {
        return Set.copyOf(list.stream().map(IncidentSummary::id).toList());
    }

    private <T> T asExpert(Callable<T> work) throws Exception {
        return As.user(world.expert, Fixtures.PASSWORD, work);
    }

    private <T> T asGuidedOperator(Callable<T> work) throws Exception {
        return As.user(world.guidedOperator, Fixtures.PASSWORD, work);
    }
}
