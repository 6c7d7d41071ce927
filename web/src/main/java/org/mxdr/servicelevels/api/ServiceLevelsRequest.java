package org.mxdr.servicelevels.api;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.mxdr.platform.BadInput;
import org.mxdr.response.entity.Severity;
import org.mxdr.servicelevels.entity.Targets;

/**
 * The request body of PUT /tenants/{t}/service-levels and PUT /service-levels/default: the targets
 * per severity as ISO-8601 durations; a severity left out follows the default (of a tenant) or is
 * kept (of the default).
 */
public record ServiceLevelsRequest(TargetsRequest HIGH, TargetsRequest MEDIUM, TargetsRequest LOW, TargetsRequest INFORMATIONAL) {

    /** One severity's targets, each counted from intake. */
    public record TargetsRequest(Duration acknowledge, Duration classify, Duration resolve) {
    }

    /** The targets given, each checked; a refusal names its field under its severity (HIGH.classify). */
    public Map<Severity, Targets> targets() {
        Map<Severity, Targets> targets = new EnumMap<>(Severity.class);
        put(targets, Severity.HIGH, HIGH);
        put(targets, Severity.MEDIUM, MEDIUM);
        put(targets, Severity.LOW, LOW);
        put(targets, Severity.INFORMATIONAL, INFORMATIONAL);
        return targets;
    }

    private static void put(Map<Severity, Targets> targets, Severity severity, TargetsRequest in) {
        if (in == null) {
            return;
        }
        try {
            targets.put(severity, new Targets(in.acknowledge(), in.classify(), in.resolve()));
        } catch (BadInput refused) {
            throw new BadInput(severity.name() + "." + refused.field(), refused.getMessage());
        }
    }
}
