package org.mxdr.reports.control;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.access.control.Contacts;
import org.mxdr.access.entity.Contact;
import org.mxdr.audit.control.AuditTrail;
import org.mxdr.notify.control.NotificationPreferences;
import org.mxdr.notify.control.Outbox;
import org.mxdr.notify.entity.OutboxAttachment;
import org.mxdr.onboarding.control.Subscriptions;
import org.mxdr.onboarding.control.Tenants;
import org.mxdr.onboarding.entity.SubscriptionStatus;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.DatabaseFailures;
import org.mxdr.reports.boundary.Report;
import org.mxdr.reports.entity.ReportFigures;
import org.mxdr.reports.entity.ReportWords;

/**
 * The monthly report: for each tenant, once per month, the previous month's PDF mailed through the
 * outbox to its service-review contacts, when its notification settings keep the monthly report on
 * and its subscription was active at the month's end. One transaction per tenant holds the tenant's
 * row lock, the mark (tenant, month) and the mails: whichever node or re-run comes first sends,
 * every other finds the mark and sends nothing.
 */
@Stateless
@PermitAll
public class MonthlyReports {
    private static final Logger LOG = Logger.getLogger(MonthlyReports.class.getName());
    public static final String SYSTEM = "system";
    private static final int TENANTS_PER_QUERY = 200;

    /** What a run did: tenants handled (marked) now and how many of them were mailed. */
    public record Run(YearMonth month, int handled, int mailed) {
    }

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Tenants tenants;

    @Inject
    Subscriptions subscriptions;

    @Inject
    NotificationPreferences preferences;

    @Inject
    Contacts contacts;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Reports reports;

    @Inject
    ReportPdf pdf;

    @Inject
    MonthlyReports self;

    /** Sends the month's report to every tenant not yet handled for it; each tenant in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Run send(YearMonth month) {
        int handled = 0;
        int mailed = 0;
        String after = "";
        while (true) {
            @SuppressWarnings("unchecked")
            List<String> due = em.createNativeQuery("SELECT t.id FROM tenant t WHERE t.id > ?1 AND NOT EXISTS (SELECT 1 FROM monthly_report m "
                    + "WHERE m.tenant_id = t.id AND m.report_month = ?2) ORDER BY t.id").setParameter(1, after).setParameter(2, month.toString())
                    .setMaxResults(TENANTS_PER_QUERY).getResultList();
            for (String tenantId : due) {
                int sent;
                try {
                    sent = self.sendOne(tenantId, month);
                } catch (RuntimeException e) {
                    // another run holds the tenant (it marks the month), or this tenant failed: the next hour's run takes it again
                    if (DatabaseFailures.isLockTimeout(e)) {
                        LOG.fine(() -> "Monthly report of " + tenantId + " left to the run that holds it");
                    } else {
                        LOG.log(Level.WARNING, "Monthly report of " + tenantId + " not sent; the next run tries again", e);
                    }
                    continue;
                }
                handled += sent >= 0 ? 1 : 0;
                mailed += sent > 0 ? 1 : 0;
            }
            if (due.size() < TENANTS_PER_QUERY) {
                return new Run(month, handled, mailed);
            }
            after = due.get(due.size() - 1);
        }
    }

    /** Answers how many contacts were mailed, or -1 when the tenant's month was handled already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendOne(String tenantId, YearMonth month) {
        Tenant tenant = tenants.locked(tenantId);
        boolean done = !em.createNativeQuery("SELECT 1 FROM monthly_report WHERE tenant_id = ?1 AND report_month = ?2")
                .setParameter(1, tenantId).setParameter(2, month.toString()).getResultList().isEmpty();
        if (done) {
            return -1;
        }
        List<String> to = recipients(tenantId, month);
        if (!to.isEmpty()) {
            Report report = reports.ofMonth(tenantId, month);
            OutboxAttachment.File file = new OutboxAttachment.File(fileName(tenant, month), "application/pdf", pdf.bytes(report));
            String label = report.figures().period().label();
            for (String address : to) {
                outbox.enqueue(address, "Monthly service report of " + tenant.getName() + ": " + label, body(report), List.of(file));
            }
            audit.record(SYSTEM, tenantId, "report.monthly-sent", null, "The monthly report for " + label + " was mailed to " + to.size()
                    + (to.size() == 1 ? " service-review contact" : " service-review contacts") + ": " + String.join(", ", to));
        }
        em.createNativeQuery("INSERT INTO monthly_report (tenant_id, report_month, sent_at, recipients) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, tenantId).setParameter(2, month.toString()).setParameter(3, Instant.now(clock)).setParameter(4, to.size())
                .executeUpdate();
        return to.size();
    }

    private List<String> recipients(String tenantId, YearMonth month) {
        boolean active = subscriptions.latest(tenantId).map(s -> s.statusOn(month.atEndOfMonth()) == SubscriptionStatus.ACTIVE).orElse(false);
        if (!active || !preferences.of(tenantId).isMonthlyReport()) {
            return List.of();
        }
        return contacts.of(tenantId).stream().filter(Contact::isServiceReview).map(Contact::getEmail).distinct().toList();
    }

    static String fileName(Tenant tenant, YearMonth month) {
        String slug = tenant.getName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "service-report-" + (slug.isEmpty() ? "tenant" : slug) + "-" + month + ".pdf";
    }

    private static String body(Report report) {
        ReportFigures f = report.figures();
        return """
                Hello,

                the monthly service report of %s for %s is attached as a PDF.

                  Incidents investigated: %d
                  Resolved: %d (%d directly by the experts, %d with your help)
                  Mean time to resolve: %s
                  Actions the experts asked of you: %d, of them still awaiting you: %d

                The same report, for any period, is under Reports in the MXDR Console. You receive this mail as a
                service-review contact; a tenant admin can switch the monthly report off in the notification settings.
                """.formatted(report.tenantName(), f.period().label(), f.investigated(), f.resolved(), f.resolvedDirectly(),
                f.resolvedWithCustomer(), ReportWords.duration(f.meanTimeToResolve()), f.customerActionsTotal(), f.customerActionsPending());
    }
}
