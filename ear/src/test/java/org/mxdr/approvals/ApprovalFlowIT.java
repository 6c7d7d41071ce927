package org.mxdr.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mxdr.testing.GrantedTenants.D_FINANCE;
import static org.mxdr.testing.GrantedTenants.D_FREE;
import static org.mxdr.testing.GrantedTenants.D_HR;
import static org.mxdr.testing.GrantedTenants.FINANCE;
import static org.mxdr.testing.GrantedTenants.FINANCE_USERS;
import static org.mxdr.testing.GrantedTenants.U_FINANCE;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.access.boundary.ResponsePolicyService;
import org.mxdr.access.entity.PolicyRule;
import org.mxdr.access.entity.PolicyScope;
import org.mxdr.access.entity.ResponseMode;
import org.mxdr.access.entity.ResponsePolicy;
import org.mxdr.approvals.boundary.ApprovalService;
import org.mxdr.approvals.control.ApprovalSweep;
import org.mxdr.approvals.entity.ApprovalState;
import org.mxdr.audit.entity.AuditRecord;
import org.mxdr.notify.entity.OutboxMail;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.Role;
import org.mxdr.response.boundary.IncidentService;
import org.mxdr.response.boundary.ResponseActionService;
import org.mxdr.response.boundary.Intake;
import org.mxdr.response.boundary.PlatformService;
import org.mxdr.response.entity.ActionState;
import org.mxdr.response.entity.ActionType;
import org.mxdr.response.entity.Classification;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.IncidentStatus;
import org.mxdr.response.entity.ResponseAction;
import org.mxdr.response.entity.Severity;
import org.mxdr.testing.As;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;
import org.mxdr.testing.GrantedTenants.Tenant;
import org.mxdr.testing.OncePerClass;
import org.mxdr.testing.Statements;
import org.mxdr.testing.TestClock;
import org.mxdr.webhooks.entity.EventType;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * The response policy and approvals through the EJB boundaries: the
 * policy deciding with the grant, the request and its mail, webhook event and audit, approve,
 * deny, two answers at once, the reminders and the timeout under the test clock, a grant revoked
 * before the approval, the signed link, and who may read, change and answer what.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(OncePerClass.class)
class ApprovalFlowIT {
    private static final Pattern TOKEN = Pattern.compile("approval\\.xhtml\\?token=(\\S+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ApprovalFlowIT.class, TenantUnderApproval.class, Statements.class);
    }

    @Inject
    PlatformService platform;

    @Inject
    IncidentService incidents;

    @Inject
    ResponseActionService actions;

    @Inject
    ResponsePolicyService policies;

    @Inject
    ApprovalService approvals;

    @Inject
    ApprovalSweep sweep;

    @Inject
    GrantedTenants grants;

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @PersistenceUnit(unitName = "mxdr")
    EntityManagerFactory emf;

    @Resource
    ManagedExecutorService executor;

    TenantUnderApproval world;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    // ---------------------------------------------------------------- the policy decides with the grant

    @Test
    void theScopeOfTheRuleDecidesWhatWaitsAndWhatRuns() throws Exception {
        Incident incident = trueIncident(world.tenant);
        ResponseAction waiting = act(world.tenant, incident, ActionType.ISOLATE_DEVICE, D_FINANCE);
        assertEquals(ActionState.AWAITING_APPROVAL, waiting.getState());
        assertFalse(waiting.isRecommended());
        assertEquals(ActionState.IN_PROGRESS, act(world.tenant, incident, ActionType.ISOLATE_DEVICE, D_FREE).getState(), "no rule: the grant decides");
        assertEquals(ActionState.IN_PROGRESS, act(world.tenant, incident, ActionType.DISABLE_USER, U_FINANCE).getState(), "another action type");
        assertEquals(IncidentStatus.IN_PROGRESS, get(world.tenant.admin(), world.tenant, incident).getStatus(), "a request keeps the incident with the experts");
        assertTrue(As.user(world.reader, Fixtures.PASSWORD, () -> incidents.get(world.tenant.id(), incident.getId()))
                .actions().stream().anyMatch(a -> a.getId().equals(waiting.getId()) && a.getState() == ActionState.AWAITING_APPROVAL),
                "the incident shows the action waiting");
    }

    @Test
    void thePolicyNeverGivesMoreThanTheGrantNorActsOnAnExcludedAsset() throws Exception {
        Tenant guided = grants.granted("Approvals guided " + Fixtures.unique(), false, true, true);
        setPolicy(guided, List.of(new PolicyRule(ActionType.ISOLATE_DEVICE, PolicyScope.ALL, ResponseMode.ACT)));
        Incident incident = trueIncident(guided);
        ResponseAction card = act(guided, incident, ActionType.ISOLATE_DEVICE, D_FREE);
        assertTrue(card.isRecommended(), "a Reader grant is never widened to act");
        assertEquals(ActionState.AWAITING_CUSTOMER, card.getState());

        Tenant excluded = grants.granted("Approvals excluded " + Fixtures.unique(), true, true, true);
        grants.exclude(excluded, List.of(FINANCE), List.of());
        setPolicy(excluded, List.of(new PolicyRule(ActionType.ISOLATE_DEVICE, PolicyScope.deviceGroup(FINANCE), ResponseMode.ACT),
                new PolicyRule(ActionType.RELEASE_DEVICE, PolicyScope.ALL, ResponseMode.GUIDE)));
        Incident second = trueIncident(excluded);
        assertTrue(act(excluded, second, ActionType.ISOLATE_DEVICE, D_FINANCE).isRecommended(), "an exclusion still means guidance only");
        ResponseAction guidance = act(excluded, second, ActionType.RELEASE_DEVICE, D_HR);
        assertTrue(guidance.isRecommended(), "guidance only by the policy");
        assertTrue(guidance.getReason().contains("response policy"), guidance.getReason());
    }

    @Test
    void aChangeIsVersionedAuditedInWordsAndNamesItsField() throws Exception {
        Tenant t = grants.granted("Approvals versions " + Fixtures.unique(), true, true, true);
        ResponsePolicy first = setPolicy(t, List.of(new PolicyRule(ActionType.DISABLE_USER, PolicyScope.userGroup(FINANCE_USERS), ResponseMode.GUIDE)));
        Conflict stale = assertThrows(Conflict.class, () -> GrantedTenants.asAdminOf(t, () -> policies.put(t.id(), List.of(), null, null,
                first.getVersion() - 1)));
        assertEquals("version", stale.field());
        BadInput unknown = assertThrows(BadInput.class, () -> GrantedTenants.asAdminOf(t, () -> policies.put(t.id(),
                List.of(new PolicyRule(ActionType.ISOLATE_DEVICE, PolicyScope.deviceGroup("Nowhere"), ResponseMode.APPROVE)), null, null,
                first.getVersion())));
        assertEquals("rules[0].scope.name", unknown.field());
        AuditRecord change = audit(t, "response-policy.changed").get(0);
        assertTrue(change.getBefore().startsWith("no rules"), change.getBefore());
        assertTrue(change.getAfter().contains("Disable user on users in the group 'Finance Users': guidance only"), change.getAfter());
        // the change applies to the very next decision (the access control's cache is told)
        Incident incident = trueIncident(t);
        assertTrue(act(t, incident, ActionType.DISABLE_USER, U_FINANCE).isRecommended());
        setPolicy(t, List.of());
        assertEquals(ActionState.IN_PROGRESS, act(t, incident, ActionType.DISABLE_USER, U_FINANCE).getState());
    }

    // ---------------------------------------------------------------- request and answers

    @Test
    void anApprovedRequestRunsTheActionAndEveryStepIsRecorded() throws Exception {
        Incident incident = trueIncident(world.tenant);
        ResponseAction waiting = act(world.tenant, incident, ActionType.ISOLATE_DEVICE, D_FINANCE);
        String id = requestOf(waiting);
        for (String approver : List.of(world.operator, world.operator2, world.tenant.admin())) {
            assertEquals(1, mails(approver, waiting).size(), "one mail with a link to " + approver);
        }
        assertTrue(mails(world.reader, waiting).isEmpty(), "readers are not asked");
        assertTrue(mails(world.operator, waiting).get(0).getSubject().endsWith("Isolate device on FIN-1 (d-fin)"), "the device as people know it");
        assertEquals(1L, em.createQuery("SELECT COUNT(e) FROM WebhookEvent e WHERE e.tenantId = :t AND e.type = :type AND e.data LIKE :a", Long.class)
                .setParameter("t", world.tenant.id()).setParameter("type", EventType.APPROVAL_REQUESTED).setParameter("a", "%" + id + "%").getSingleResult());

        ApprovalService.Shown approved = As.user(world.operator, Fixtures.PASSWORD, () -> approvals.approve(world.tenant.id(), id));
        assertEquals(ApprovalState.APPROVED, approved.request().getState());
        assertEquals(world.operator, approved.request().getAnsweredBy());
        assertEquals(ActionState.IN_PROGRESS, approved.action().getState(), "the action runs");
        assertTrue(recorded(world.tenant, "approval.requested", waiting.getId()));
        assertTrue(recorded(world.tenant, "approval.approved", waiting.getId()));
        String inWords = audit(world.tenant, "approval.approved").stream().filter(r -> r.getAfter().contains(waiting.getId())).findFirst()
                .map(AuditRecord::getSummary).orElseThrow();
        assertTrue(inWords.contains("state changed from AWAITING_APPROVAL to IN_PROGRESS") && inWords.contains("the approval changed from PENDING to APPROVED"),
                inWords);
        Conflict again = assertThrows(Conflict.class, () -> As.user(world.operator2, Fixtures.PASSWORD, () -> approvals.deny(world.tenant.id(), id)));
        assertTrue(again.getMessage().contains("approved by " + world.operator), again.getMessage());
    }

    @Test
    void aDeniedActionNeverRuns() throws Exception {
        Incident incident = trueIncident(world.tenant);
        ResponseAction waiting = act(world.tenant, incident, ActionType.ISOLATE_DEVICE, D_FINANCE);
        String id = requestOf(waiting);
        ApprovalService.Shown denied = GrantedTenants.asAdminOf(world.tenant, () -> approvals.deny(world.tenant.id(), id));
        assertEquals(ApprovalState.DENIED, denied.request().getState());
        assertEquals(ActionState.DENIED, denied.action().getState());
        assertTrue(recorded(world.tenant, "approval.denied", waiting.getId()));
        assertThrows(Conflict.class, () -> As.user(world.operator, Fixtures.PASSWORD, () -> approvals.approve(world.tenant.id(), id)));
        // nothing waits any more: the incident can be resolved
        asExpert(() -> incidents.resolve(world.tenant.id(), incident.getId()));
    }

    @Test
    void ofTwoAnswersAtOnceExactlyOneWins() throws Exception {
        Incident incident = trueIncident(world.tenant);
        String id = requestOf(act(world.tenant, incident, ActionType.ISOLATE_DEVICE, D_FINANCE));
        CountDownLatch start = new CountDownLatch(1);
        SecurityIdentity first = signedIn(world.operator);
        SecurityIdentity second = signedIn(world.operator2);
        List<Future<ApprovalState>> answers = new ArrayList<>();
        answers.add(executor.submit(() -> {
            start.await();
            return first.runAs((Callable<ApprovalService.Shown>) () -> approvals.approve(world.tenant.id(), id)).request().getState();
        }));
        answers.add(executor.submit(() -> {
            start.await();
            return second.runAs((Callable<ApprovalService.Shown>) () -> approvals.deny(world.tenant.id(), id)).request().getState();
        }));
        start.countDown();
        int won = 0;
        int conflicts = 0;
        for (Future<ApprovalState> answer : answers) {
            try {
                answer.get();
                won++;
            } catch (ExecutionException e) {
                assertTrue(e.getCause() instanceof Conflict, "the other answer is a conflict: " + e.getCause());
                conflicts++;
            }
        }
        assertEquals(1, won);
        assertEquals(1, conflicts);
        ApprovalState state = current(id).request().getState();
        assertTrue(state == ApprovalState.APPROVED || state == ApprovalState.DENIED, state.name());
    }

    @Test
    void aGrantRevokedBeforeTheApprovalRefusesTheActionWithTheReason() throws Exception {
        Tenant t = grants.granted("Approvals revoked " + Fixtures.unique(), true, true, true);
        setPolicy(t, List.of(new PolicyRule(ActionType.ISOLATE_DEVICE, PolicyScope.ALL, ResponseMode.APPROVE)));
        Incident incident = trueIncident(t);
        String id = requestOf(act(t, incident, ActionType.ISOLATE_DEVICE, D_FREE));
        grants.revoke(t);
        ApprovalService.Shown refused = GrantedTenants.asAdminOf(t, () -> approvals.approve(t.id(), id));
        assertEquals(ApprovalState.REFUSED, refused.request().getState());
        assertTrue(refused.request().getOutcome().contains("revoked"), refused.request().getOutcome());
        assertEquals(ActionState.AWAITING_CUSTOMER, refused.action().getState(), "a card for the customer instead");
        assertTrue(refused.action().isRecommended());
        assertTrue(refused.action().getReason().contains("revoked"), "the expert sees why: " + refused.action().getReason());
        assertTrue(recorded(t, "approval.refused", refused.action().getId()));
    }

    // ---------------------------------------------------------------- reminders and timeout, under the test clock

    @Test
    void remindersEveryFourHoursThenAGuidanceCardAfterADay() throws Exception {
        Incident incident = trueIncident(world.tenant);
        ResponseAction waiting = act(world.tenant, incident, ActionType.ISOLATE_DEVICE, D_FINANCE);
        String id = requestOf(waiting);
        Instant asked = current(id).request().getRequestedAt();
        TestClock.fixAt(asked.plus(Duration.ofHours(4)).minusSeconds(1));
        sweep.run();
        assertEquals(0, current(id).request().getReminders());
        for (int hour = 4; hour < 24; hour += 4) {
            TestClock.fixAt(asked.plus(Duration.ofHours(hour)));
            sweep.run();
            sweep.run();
            assertEquals(hour / 4, current(id).request().getReminders(), "reminders after " + hour + " h");
        }
        assertEquals(6, mails(world.operator, waiting).size(), "the request and five reminders");
        TestClock.fixAt(asked.plus(Duration.ofHours(24)));
        sweep.run();
        ApprovalService.Shown timedOut = current(id);
        assertEquals(ApprovalState.TIMED_OUT, timedOut.request().getState());
        assertEquals(ActionState.AWAITING_CUSTOMER, timedOut.action().getState());
        assertTrue(timedOut.action().isRecommended(), "a guidance card");
        assertEquals(IncidentStatus.AWAITING_CUSTOMER, timedOut.incident().getStatus());
        assertEquals(5, audit(world.tenant, "approval.reminded").stream().filter(r -> r.getAfter().contains(waiting.getId())).count());
        assertTrue(recorded(world.tenant, "approval.timed-out", waiting.getId()));
        assertThrows(Conflict.class, () -> As.user(world.operator, Fixtures.PASSWORD, () -> approvals.approve(world.tenant.id(), id)));
    }

    // ---------------------------------------------------------------- the signed link

    @Test
    void theLinkShowsOnAGetAnswersOnceAndOnlyWithItsSignature() throws Exception {
        Incident incident = trueIncident(world.tenant);
        ResponseAction waiting = act(world.tenant, incident, ActionType.ISOLATE_DEVICE, D_FINANCE);
        String id = requestOf(waiting);
        String token = token(mails(world.operator, waiting).get(0));
        ApprovalService.Shown shown = approvals.byLink(token);
        assertEquals(id, shown.request().getId());
        assertEquals(ApprovalState.PENDING, current(id).request().getState(), "opening the link changes nothing");
        char last = token.charAt(token.length() - 1);
        String altered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThrows(NotFound.class, () -> approvals.byLink(altered));
        assertThrows(NotFound.class, () -> approvals.answerByLink(altered, true));
        String forged = token.replaceFirst("\\.[0-9]+\\.", "." + (ApprovalTokenExpiry.of(token) + 86400) + ".");
        assertThrows(NotFound.class, () -> approvals.answerByLink(forged, true), "a later expiry breaks the signature");

        ApprovalService.Shown approved = approvals.answerByLink(token, true);
        assertEquals(ApprovalState.APPROVED, approved.request().getState());
        assertEquals(world.operator, approved.request().getAnsweredBy(), "answered in the name of the link's approver");
        assertThrows(Conflict.class, () -> approvals.answerByLink(token, false), "used once");
        String token2 = token(mails(world.operator2, waiting).get(0));
        assertThrows(Conflict.class, () -> approvals.answerByLink(token2, false), "the request was answered");
    }

    @Test
    void aLinkAfterItsExpiryIsRefused() throws Exception {
        Incident incident = trueIncident(world.tenant);
        ResponseAction waiting = act(world.tenant, incident, ActionType.ISOLATE_DEVICE, D_FINANCE);
        String id = requestOf(waiting);
        String token = token(mails(world.operator, waiting).get(0));
        TestClock.fixAt(current(id).request().getDueAt());
        Conflict expired = assertThrows(Conflict.class, () -> approvals.byLink(token));
        assertTrue(expired.getMessage().contains("expired"), expired.getMessage());
        assertThrows(Conflict.class, () -> approvals.answerByLink(token, true));
    }

    // ---------------------------------------------------------------- who may do what

    @Test
    void roleMatrix() throws Exception {
        Incident incident = trueIncident(world.tenant);
        String id = requestOf(act(world.tenant, incident, ActionType.ISOLATE_DEVICE, D_FINANCE));
        // the policy: tenant users and experts with a grant read it; the tenant's admin alone changes it
        for (String user : List.of(world.reader, world.operator, world.tenant.admin(), world.expert)) {
            assertFalse(As.user(user, Fixtures.PASSWORD, () -> policies.get(world.tenant.id())).rules().rules().isEmpty(), user);
            assertFalse(As.user(user, Fixtures.PASSWORD, () -> approvals.list(world.tenant.id())).isEmpty(), user);
        }
        for (String user : List.of(world.reader, world.operator, world.expert)) {
            assertThrows(EJBAccessException.class, () -> As.user(user, Fixtures.PASSWORD, () -> policies.put(world.tenant.id(), List.of(), null, null, 1L)), user);
        }
        assertThrows(AccessDenied.class, () -> GrantedTenants.asAdminOf(world.other, () -> policies.get(world.tenant.id())));
        assertThrows(AccessDenied.class, () -> GrantedTenants.asAdminOf(world.other, () -> policies.put(world.tenant.id(), List.of(), null, null, 1L)));
        // approvals: the tenant's operators and admins answer; readers and experts do not; another tenant's admin gets 403
        for (String user : List.of(world.reader, world.expert)) {
            assertThrows(EJBAccessException.class, () -> As.user(user, Fixtures.PASSWORD, () -> approvals.approve(world.tenant.id(), id)), user);
            assertThrows(EJBAccessException.class, () -> As.user(user, Fixtures.PASSWORD, () -> approvals.deny(world.tenant.id(), id)), user);
        }
        assertThrows(AccessDenied.class, () -> GrantedTenants.asAdminOf(world.other, () -> approvals.approve(world.tenant.id(), id)));
        assertThrows(AccessDenied.class, () -> GrantedTenants.asAdminOf(world.other, () -> approvals.list(world.tenant.id())));
        assertThrows(NotFound.class, () -> GrantedTenants.asAdminOf(world.other, () -> approvals.approve(world.other.id(), id)), "another tenant's id is unknown here");
        assertEquals(ApprovalState.PENDING, current(id).request().getState(), "nothing refused changed anything");
        // an expert without a grant reads nothing
        grants.revoke(world.other);
        assertThrows(AccessDenied.class, () -> asExpert(() -> policies.get(world.other.id())));
        assertThrows(AccessDenied.class, () -> asExpert(() -> approvals.list(world.other.id())));
    }

    @Test
    void theListTakesTheSameStatementsHoweverManyRequestsItShows() throws Exception {
        act(world.tenant, trueIncident(world.tenant), ActionType.ISOLATE_DEVICE, D_FINANCE);
        long few = As.user(world.reader, Fixtures.PASSWORD, () -> Statements.fewest(emf, () -> approvals.list(world.tenant.id())));
        int listed = As.user(world.reader, Fixtures.PASSWORD, () -> approvals.list(world.tenant.id())).size();
        for (int i = 0; i < 3; i++) {
            act(world.tenant, trueIncident(world.tenant), ActionType.ISOLATE_DEVICE, D_FINANCE);
        }
        long many = As.user(world.reader, Fixtures.PASSWORD, () -> Statements.fewest(emf, () -> approvals.list(world.tenant.id())));
        List<ApprovalService.Shown> shown = As.user(world.reader, Fixtures.PASSWORD, () -> approvals.list(world.tenant.id()));
        assertEquals(listed + 3, shown.size());
        assertEquals(few, many, "each row's action, incident and target are read for the whole list at once");
        for (ApprovalService.Shown s : shown) {
            assertEquals(s.request().getActionId(), s.action().getId());
            assertEquals(s.request().getIncidentId(), s.incident().getId());
            assertTrue(s.target().endsWith("(" + s.action().getTarget() + ")"), s.target());
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The expiry a token states, in unix seconds. */
    private static final class ApprovalTokenExpiry {
        static long of(String token) {
            return Long.parseLong(token.split("\\.")[1]);
        }
    }

    private ResponsePolicy setPolicy(Tenant t, List<PolicyRule> rules) throws Exception {
        long version = GrantedTenants.asAdminOf(t, () -> policies.get(t.id())).getVersion();
        return GrantedTenants.asAdminOf(t, () -> policies.put(t.id(), rules, null, null, version));
    }

    private Incident trueIncident(Tenant t) throws Exception {
        String externalId = "ap-" + Fixtures.unique();
        Intake intake = As.user(world.platformUser, Fixtures.PASSWORD, () -> platform.report(t.id(), new Incident.Report(externalId,
                "Ransomware staging " + externalId, Severity.HIGH, "Malware", "Execution", "vssadmin delete shadows",
                List.of(D_FINANCE, D_FREE, D_HR), List.of(U_FINANCE))));
        asExpert(() -> incidents.take(t.id(), intake.incident().getId()));
        return asExpert(() -> incidents.classify(t.id(), intake.incident().getId(), Classification.TRUE_POSITIVE, "Encryption started"));
    }

    private ResponseAction act(Tenant t, Incident incident, ActionType type, String target) throws Exception {
        return asExpert(() -> actions.act(t.id(), incident.getId(), type, target, null, "Stops the spread"));
    }

    private Incident get(String user, Tenant t, Incident incident) throws Exception {
        return As.user(user, Fixtures.PASSWORD, () -> incidents.get(t.id(), incident.getId())).incident();
    }

    private String requestOf(ResponseAction action) {
        return em.createQuery("SELECT r.id FROM ApprovalRequest r WHERE r.actionId = :a", String.class).setParameter("a", action.getId())
                .getSingleResult();
    }

    private ApprovalService.Shown current(String approvalId) throws Exception {
        return As.user(world.reader, Fixtures.PASSWORD, () -> approvals.list(tenantOf(approvalId))).stream()
                .filter(s -> s.request().getId().equals(approvalId)).findFirst().orElseThrow();
    }

    private String tenantOf(String approvalId) {
        return em.createQuery("SELECT r.tenantId FROM ApprovalRequest r WHERE r.id = :id", String.class).setParameter("id", approvalId)
                .getSingleResult();
    }

    /** The approval mails to the user about this action, oldest first. */
    private List<OutboxMail> mails(String username, ResponseAction action) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.recipient = :to AND m.body LIKE :target ORDER BY m.createdAt", OutboxMail.class)
                .setParameter("to", username + "@example.org").setParameter("target", "%incident%" + action.getTarget() + "%").getResultList()
                .stream().filter(m -> m.getBody().contains(incidentTitleOf(action))).toList();
    }

    private String incidentTitleOf(ResponseAction action) {
        return em.createQuery("SELECT i.title FROM Incident i WHERE i.id = :id", String.class).setParameter("id", action.getIncidentId())
                .getSingleResult();
    }

    private static String token(OutboxMail mail) {
        Matcher m = TOKEN.matcher(mail.getBody());
        assertTrue(m.find(), mail.getBody());
        return m.group(1);
    }

    private List<AuditRecord> audit(Tenant t, String action) {
        return em.createQuery("SELECT a FROM AuditRecord a WHERE a.tenantId = :t AND a.action = :action ORDER BY a.id", AuditRecord.class)
                .setParameter("t", t.id()).setParameter("action", action).getResultList();
    }

    private boolean recorded(Tenant t, String action, String actionId) {
        return audit(t, action).stream().anyMatch(r -> r.getAfter() != null && r.getAfter().contains(actionId));
    }

    private static SecurityIdentity signedIn(String username) throws Exception {
        return SecurityDomain.getCurrent().authenticate(username, new PasswordGuessEvidence(Fixtures.PASSWORD.toCharArray()));
    }

    private <T> T asExpert(Callable<T> work) throws Exception {
        return As.user(world.expert, Fixtures.PASSWORD, work);
    }
}
