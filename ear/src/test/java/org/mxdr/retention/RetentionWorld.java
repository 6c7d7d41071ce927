package org.mxdr.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.mxdr.access.boundary.ContactService;
import org.mxdr.eligibility.boundary.InventoryService;
import org.mxdr.identity.boundary.NewUser;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.onboarding.boundary.NewSubscription;
import org.mxdr.onboarding.boundary.NewTenant;
import org.mxdr.onboarding.boundary.SubscriptionService;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.onboarding.entity.Cloud;
import org.mxdr.onboarding.entity.CreditPolicy;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.platform.Role;
import org.mxdr.reports.control.ReportingRelay;
import org.mxdr.response.boundary.PlatformService;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.Severity;
import org.mxdr.testing.As;
import org.mxdr.testing.EligibleInventory;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.TestClock;

/**
 * In-container set-up of the retention tests: a subscribed tenant with data in every class,
 * through the real boundaries (users, inventory, subscription, contacts, incidents relayed to the
 * reporting store), plus chat, notes, tickets and questions written with SQL.
 */
@Dependent
public class RetentionWorld {

    /** A tenant the tests made, with its users (password {@link Fixtures#PASSWORD}). */
    public record Seeded(String tenantId, String name, String admin, String reader, String sales) {
    }

    @Inject
    TenantService tenants;

    @Inject
    InventoryService inventories;

    @Inject
    UserService users;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    ContactService contacts;

    @Inject
    PlatformService platform;

    @Inject
    ReportingRelay relay;

    @Inject
    org.mxdr.retention.boundary.LegalHoldService holds;

    @Resource(lookup = "java:jboss/datasources/MxdrDS")
    DataSource dataSource;

    @jakarta.persistence.PersistenceContext(unitName = "mxdr")
    jakarta.persistence.EntityManager em;

    /** The tenant's deletion certificate, whatever its state. */
    public java.util.Optional<org.mxdr.retention.entity.DeletionCertificate> certificate(String tenantId) {
        em.clear();
        return em.createNamedQuery(org.mxdr.retention.entity.DeletionCertificate.OF_TENANT, org.mxdr.retention.entity.DeletionCertificate.class)
                .setParameter("tenantId", tenantId).getResultStream().findFirst();
    }

    /** The provider-wide audit records of an action naming the tenant. */
    public long providerAudit(String action, String tenantId) {
        return em.createQuery("SELECT COUNT(a) FROM AuditRecord a WHERE a.tenantId IS NULL AND a.action = :action AND a.after LIKE :t", Long.class)
                .setParameter("action", action).setParameter("t", "%" + tenantId + "%").getSingleResult();
    }

    /** A subscribed tenant with 3 incidents, 2 chat messages, 1 note, 1 ticket, 2 questions and a contact; in real time. */
    public Seeded seeded(String label, Region region) throws Exception {
        TestClock.reset();
        String u = Fixtures.unique();
        String name = "Retention " + label + " " + u;
        String tenantId = As.user(Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, () -> {
            String id = tenants.create(new NewTenant(name, Cloud.COMMERCIAL, region, "admin@r-" + u + ".example")).getId();
            inventories.replace(id, EligibleInventory.minimal());
            users.create(new NewUser("ra-" + u, Fixtures.PASSWORD, "ra-" + u + "@example.org", Role.TENANT_ADMIN, id));
            users.create(new NewUser("rr-" + u, Fixtures.PASSWORD, "rr-" + u + "@example.org", Role.TENANT_READER, id));
            users.create(new NewUser("rs-" + u, Fixtures.PASSWORD, "rs-" + u + "@example.org", Role.COMMERCIAL_EXECUTIVE, null));
            users.create(new NewUser("rp-" + u, Fixtures.PASSWORD, "rp-" + u + "@example.org", Role.PLATFORM, null));
            return id;
        });
        LocalDate today = LocalDate.now();
        As.run("rs-" + u, Fixtures.PASSWORD, () -> subscriptions.transact(tenantId,
                new NewSubscription(today, today.plusYears(1), 10, CreditPolicy.MONTHLY)));
        As.run("ra-" + u, Fixtures.PASSWORD, () -> contacts.add(tenantId, "SOC", "soc-" + u + "@example.org", null, true, false));
        List<String> incidents = As.user("rp-" + u, Fixtures.PASSWORD, () -> List.of(
                report(tenantId, "ext-1", Severity.HIGH), report(tenantId, "ext-2", Severity.MEDIUM), report(tenantId, "ext-3", Severity.LOW)));
        relay.deliver(true);
        sql(tenantId, incidents.get(0), u);
        return new Seeded(tenantId, name, "ra-" + u, "rr-" + u, "rs-" + u);
    }

    public void terminate(Seeded s) throws Exception {
        As.run(s.admin(), Fixtures.PASSWORD, () -> subscriptions.terminate(s.tenantId()));
    }

    public void subscribeAgain(Seeded s) throws Exception {
        LocalDate today = LocalDate.ofInstant(java.time.Clock.systemUTC().instant(), java.time.ZoneOffset.UTC);
        As.run(s.sales(), Fixtures.PASSWORD, () -> subscriptions.transact(s.tenantId(), new NewSubscription(today, today.plusYears(1), 10, null)));
    }

    private String report(String tenantId, String externalId, Severity severity) {
        return platform.report(tenantId, new Incident.Report(externalId, "Suspicious sign-in " + externalId, severity, "Credential access",
                "Initial access", "evidence", List.of("d-1"), List.of("u-1"))).incident().getId();
    }

    private void sql(String tenantId, String incidentId, String u) throws Exception {
        Instant now = Instant.now();
        try (var c = dataSource.getConnection()) {
            for (int i = 0; i < 2; i++) {
                exec(c, "INSERT INTO incident_message (id, incident_id, tenant_id, author, from_expert, body, sent_at) VALUES (?, ?, ?, 'expert', TRUE, 'hello', ?)",
                        UUID.randomUUID().toString(), incidentId, tenantId, now);
            }
            exec(c, "INSERT INTO analyst_note (id, incident_id, tenant_id, author, body, written_at) VALUES (?, ?, ?, 'expert', 'note', ?)",
                    UUID.randomUUID().toString(), incidentId, tenantId, now);
            exec(c, "INSERT INTO case_ticket (id, incident_id, tenant_id, title, body, state, opened_by, opened_at, version) "
                    + "VALUES (?, ?, ?, 'ticket', 'body', 'OPEN', 'expert', ?, 0)", UUID.randomUUID().toString(), incidentId, tenantId, now);
            for (int i = 0; i < 2; i++) {
                String question = UUID.randomUUID().toString();
                exec(c, "INSERT INTO question (id, tenant_id, subject, body, asked_by, asked_at, email_copy, beyond_allocation, status, "
                        + "last_activity_at, messages, version) VALUES (?, ?, 'q', 'b', ?, ?, FALSE, TRUE, 'AWAITING_EXPERTS', ?, 1, 0)",
                        question, tenantId, "rr-" + u, now, now);
                exec(c, "INSERT INTO question_message (id, question_id, seq, side, author, body, written_at) VALUES (?, ?, 1, 'CUSTOMER', ?, 'b', ?)",
                        UUID.randomUUID().toString(), question, "rr-" + u, now);
            }
        }
    }

    private static void exec(java.sql.Connection c, String sql, Object... values) throws java.sql.SQLException {
        try (var s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                s.setObject(i + 1, v instanceof Instant t ? java.sql.Timestamp.from(t) : v);
            }
            s.executeUpdate();
        }
    }

    /** Rows of the tenant in every table that holds tenant rows, by table: what a neighbour must keep. */
    public Map<String, Long> rows(String tenantId) throws Exception {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (var c = dataSource.getConnection()) {
            for (String table : TenantCatalog.tenantTables(c)) {
                rows.put(table, count(c, "SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?", tenantId));
            }
            for (var t : org.mxdr.retention.control.TenantTables.PURGE_ORDER) {
                if (!t.ownTenant()) {
                    rows.put(t.table(), count(c, t.countSql(), tenantId));
                }
            }
            rows.put("tenant", count(c, "SELECT COUNT(*) FROM tenant WHERE id = ?", tenantId));
            rows.put("audit_chain_head", count(c, "SELECT COUNT(*) FROM audit_chain_head WHERE chain_id = ?", tenantId));
            rows.put("audit_digest", count(c, "SELECT COUNT(*) FROM audit_digest WHERE chain_id = ?", tenantId));
        }
        return rows;
    }

    private static long count(java.sql.Connection c, String sql, String tenantId) throws java.sql.SQLException {
        try (var s = c.prepareStatement(sql)) {
            s.setString(1, tenantId);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
