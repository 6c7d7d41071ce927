package org.mxdr.servicelevels.control;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.mxdr.onboarding.control.Subscriptions;
import org.mxdr.onboarding.entity.Subscription;
import org.mxdr.response.entity.Severity;
import org.mxdr.servicelevels.entity.Targets;

/**
 * The targets per severity: the provider-wide default, and a subscription's own targets that
 * replace it severity by severity. Callers checked the rights.
 */
@Stateless
@PermitAll
public class ServiceLevelPolicies {
    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    @Inject
    Subscriptions subscriptions;

    /** The targets an incident of the tenant holds at that severity: its current subscription's own, or the default. */
    public Targets forIncident(String tenantId, Severity severity) {
        String subscriptionId = subscriptions.current(tenantId).map(Subscription::getId).orElse(null);
        return under(subscriptionId).get(severity);
    }

    public Map<Severity, Targets> defaults() {
        return read(em.createNativeQuery("SELECT severity, acknowledge_ms, classify_ms, resolve_ms FROM service_level_default").getResultList());
    }

    /** The targets under a subscription: its own where it has them, the default elsewhere (none: the default). */
    public Map<Severity, Targets> under(String subscriptionId) {
        Map<Severity, Targets> targets = defaults();
        if (subscriptionId != null) {
            targets.putAll(overrides(subscriptionId));
        }
        return targets;
    }

    public Map<Severity, Targets> overrides(String subscriptionId) {
        return read(em.createNativeQuery("SELECT severity, acknowledge_ms, classify_ms, resolve_ms FROM service_level_override "
                + "WHERE subscription_id = ?1").setParameter(1, subscriptionId).getResultList());
    }

    public void replaceDefaults(Map<Severity, Targets> targets) {
        targets.forEach((severity, t) -> em.createNativeQuery("UPDATE service_level_default SET acknowledge_ms = ?2, classify_ms = ?3, "
                + "resolve_ms = ?4 WHERE severity = ?1").setParameter(1, severity.name()).setParameter(2, t.acknowledge().toMillis())
                .setParameter(3, t.classify().toMillis()).setParameter(4, t.resolve().toMillis()).executeUpdate());
    }

    /** The subscription's own targets become exactly these (severities left out follow the default again). */
    public void replaceOverrides(String tenantId, String subscriptionId, Map<Severity, Targets> targets) {
        em.createNativeQuery("DELETE FROM service_level_override WHERE subscription_id = ?1").setParameter(1, subscriptionId).executeUpdate();
        targets.forEach((severity, t) -> em.createNativeQuery("INSERT INTO service_level_override (subscription_id, severity, tenant_id, "
                        + "acknowledge_ms, classify_ms, resolve_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, subscriptionId)
                .setParameter(2, severity.name()).setParameter(3, tenantId).setParameter(4, t.acknowledge().toMillis())
                .setParameter(5, t.classify().toMillis()).setParameter(6, t.resolve().toMillis()).executeUpdate());
    }

    private static Map<Severity, Targets> read(List<?> rows) {
        Map<Severity, Targets> targets = new EnumMap<>(Severity.class);
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            targets.put(Severity.valueOf(String.valueOf(r[0]).trim()), new Targets(ms(r[1]), ms(r[2]), ms(r[3])));
        }
        return targets;
    }

    private static Duration ms(Object value) {
        return Duration.ofMillis(((Number) value).longValue());
    }

    /** Policies as the audit trail words them: HIGH=PT15M/PT1H/PT24H; ... */
    public static String describe(Map<Severity, Targets> targets) {
        StringBuilder text = new StringBuilder();
        targets.forEach((severity, t) -> text.append(text.isEmpty() ? "" : "; ").append(severity).append('=').append(t.acknowledge())
                .append('/').append(t.classify()).append('/').append(t.resolve()));
        return text.isEmpty() ? "defaults" : text.toString();
    }
}
