package org.mxdr.demo.control;

import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.access.control.Contacts;
import org.mxdr.access.entity.LadderPlace;
import org.mxdr.notify.control.NotificationPreferences;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.Settings;
import org.mxdr.response.entity.Severity;

/**
 * The demo's Contoso contacts, at the first demo start and before its incidents arrive: an
 * escalation ladder of three incident contacts in two time zones (the last one 24x7), a service
 * owner for the reviews, and notification settings saved by its admin.
 */
@Singleton
@Startup
@DependsOn("DemoSubscription")
@PermitAll
public class DemoContacts {
    private static final Logger LOG = Logger.getLogger(DemoContacts.class.getName());
    private static final String ADMIN = "contoso-admin";
    private static final List<String> WEEKDAYS = List.of("MON", "TUE", "WED", "THU", "FRI");

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Contacts contacts;

    @Inject
    NotificationPreferences preferences;

    @PostConstruct
    void seed() {
        if (!Settings.flag("demo")) {
            return;
        }
        em.createQuery("SELECT t FROM Tenant t WHERE t.nameKey = 'contoso ltd'", Tenant.class).getResultStream().findFirst()
                .filter(contoso -> contacts.of(contoso.getId()).isEmpty())
                .ifPresent(this::add);
    }

    private void add(Tenant contoso) {
        String t = contoso.getId();
        contacts.add(ADMIN, t, "Security operations (London)", "soc@contoso.example", "+44 20 7946 0958", true, false,
                new LadderPlace(1, "Europe/London", WEEKDAYS, "08:00", "18:00", false));
        contacts.add(ADMIN, t, "IT on call (New York)", "oncall-ny@contoso.example", "+1 212 555 0147", true, false,
                new LadderPlace(2, "America/New_York", WEEKDAYS, "09:00", "17:00", false));
        contacts.add(ADMIN, t, "Contoso service desk (24x7)", "servicedesk@contoso.example", null, true, false,
                new LadderPlace(3, "Europe/London", null, null, null, true));
        contacts.add(ADMIN, t, "Service owner", "service-owner@contoso.example", null, false, true, LadderPlace.DEFAULT);
        preferences.change(ADMIN, t, EnumSet.of(Severity.HIGH, Severity.MEDIUM), true, 15, null);
        LOG.info("Demo: Contoso has an escalation ladder of three incident contacts and its notification settings.");
    }
}
