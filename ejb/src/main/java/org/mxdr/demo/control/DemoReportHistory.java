package org.mxdr.demo.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.Settings;
import org.mxdr.reports.control.ReportingOutbox;
import org.mxdr.response.control.Incidents;
import org.mxdr.response.entity.ActionType;
import org.mxdr.response.entity.Classification;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.ResponseAction;
import org.mxdr.response.entity.Severity;

/**
 * Six months of Contoso's past incidents, so its Reports page has history to chart: each one
 * reported, taken, classified, given cards and resolved at past times through the incident's own
 * rules, then queued to the reporting outbox like any change, so the relay carries it to the EU
 * reporting store. Once, at the first demo start (the DEMO-H ids are the marker); the same every
 * time (a fixed seed).
 */
@Singleton
@Startup
@DependsOn("DemoIncidents")
@PermitAll
public class DemoReportHistory {
    private static final Logger LOG = Logger.getLogger(DemoReportHistory.class.getName());
    private static final int INCIDENTS = 120;
    private static final String EXPERT = "expert1";
    private static final String[][] KINDS = {
            {"Credential theft tool run on %s", "Credential access", "Credential Access"},
            {"Phishing mail opened on %s", "Phishing", "Initial Access"},
            {"Suspicious PowerShell on %s", "Execution", "Execution"},
            {"Ransomware behaviour blocked on %s", "Ransomware", "Impact"},
            {"Lateral movement attempt from %s", "Lateral movement", "Lateral Movement"},
            {"Port scan from %s", "Discovery", "Discovery"},
            {"Persistence via scheduled task on %s", "Malware", "Persistence"}};
    private static final Severity[] SEVERITIES = {Severity.HIGH, Severity.MEDIUM, Severity.MEDIUM, Severity.LOW, Severity.LOW, Severity.INFORMATIONAL};

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    ReportingOutbox outbox;

    @Inject
    Clock clock;

    @Inject
    Incidents numbers;

    @PostConstruct
    void seed() {
        if (!Settings.flag("demo")) {
            return;
        }
        em.createQuery("SELECT t FROM Tenant t WHERE t.nameKey = 'contoso ltd'", Tenant.class).getResultStream().findFirst()
                .filter(contoso -> em.createQuery("SELECT COUNT(i) FROM Incident i WHERE i.tenantId = :t AND i.externalId LIKE 'DEMO-H%'", Long.class)
                        .setParameter("t", contoso.getId()).getSingleResult() == 0)
                .ifPresent(this::history);
    }

    private void history(Tenant contoso) {
        Random random = new Random(2026);
        Instant now = Instant.now(clock);
        List<Incident> incidents = new ArrayList<>();
        long first = numbers.nextNumber(contoso.getId());
        for (int n = 0; n < INCIDENTS; n++) {
            // spread over 180 days, a few more in recent months
            Instant at = now.minus(Duration.ofMinutes((long) (180 * 24 * 60 * Math.pow(random.nextDouble(), 1.2)) + 120));
            String[] kind = KINDS[random.nextInt(KINDS.length)];
            String device = "dev-" + String.format("%04d", 1 + random.nextInt(24));
            String user = "user-" + String.format("%04d", 1 + random.nextInt(40));
            Incident i = Incident.report(contoso.getId(), first + n, new Incident.Report("DEMO-H" + (2000 + n), kind[0].formatted(device.toUpperCase()),
                    SEVERITIES[random.nextInt(SEVERITIES.length)], kind[1], kind[2], null, List.of(device),
                    random.nextInt(3) == 0 ? List.of(user) : List.of()), false, at);
            em.persist(i);
            incidents.add(i);
            work(i, at, random, now);
        }
        outbox.changed(incidents);
        LOG.info(() -> "Demo: " + INCIDENTS + " past incidents of Contoso Ltd queued for its reporting store.");
    }

    /** What the experts and the customer did with it, each step at a past time (the newest ones still open). */
    private void work(Incident i, Instant at, Random random, Instant now) {
        Instant taken = at.plus(Duration.ofMinutes(5 + random.nextInt(40)));
        Instant classified = taken.plus(Duration.ofMinutes(10 + random.nextInt(80)));
        if (classified.isAfter(now)) {
            return;
        }
        i.take(EXPERT, taken);
        int verdict = random.nextInt(10);
        if (verdict >= 6) {
            i.classify(verdict == 9 ? Classification.INFORMATIONAL_EXPECTED : Classification.FALSE_POSITIVE, "Benign activity of IT", EXPERT,
                    classified);
            return;
        }
        i.classify(Classification.TRUE_POSITIVE, "Confirmed malicious activity", EXPERT, classified);
        Instant done = classified.plus(Duration.ofMinutes(30 + random.nextInt(6 * 60)));
        if (random.nextInt(5) < 2) {
            // Reader access for this asset: a card for the customer, answered hours later (or not yet)
            ResponseAction card = ResponseAction.recommend(i, ActionType.ISOLATE_DEVICE, i.getDevices().iterator().next(), null,
                    "The device runs the attacker's tool: isolating it stops the spread.",
                    "The experts have Reader access to this device", EXPERT, classified);
            em.persist(card);
            i.awaitCustomer(classified);
            Instant answered = classified.plus(Duration.ofMinutes(20 + random.nextInt(10 * 60)));
            if (answered.isAfter(now)) {
                return;
            }
            card.answer(random.nextInt(6) > 0, "contoso-operator", answered);
            i.cardsAnswered(answered);
            done = answered.plus(Duration.ofMinutes(15 + random.nextInt(120)));
        } else {
            ResponseAction run = ResponseAction.run(i, ActionType.ISOLATE_DEVICE, i.getDevices().iterator().next(), null, null, EXPERT, classified);
            em.persist(run);
            run.reported(true, "Isolated", classified.plus(Duration.ofMinutes(2)));
        }
        if (done.isBefore(now)) {
            i.resolve(EXPERT, 0, done);
        }
    }
}
