package org.mxdr.servicelevels.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mxdr.response.entity.Severity;
import org.mxdr.servicelevels.entity.Targets;

/**
 * The targets per severity as ISO-8601 durations; {@code ownTargets} lists the severities the
 * tenant's subscription sets itself (the others follow the provider's default).
 */
public record ServiceLevelsJson(TargetsJson HIGH, TargetsJson MEDIUM, TargetsJson LOW, TargetsJson INFORMATIONAL, List<String> ownTargets) {

    public record TargetsJson(String acknowledge, String classify, String resolve) {
        static TargetsJson of(Targets t) {
            return t == null ? null : new TargetsJson(t.acknowledge().toString(), t.classify().toString(), t.resolve().toString());
        }
    }

    static ServiceLevelsJson of(Map<Severity, Targets> targets, Set<Severity> own) {
        return new ServiceLevelsJson(TargetsJson.of(targets.get(Severity.HIGH)), TargetsJson.of(targets.get(Severity.MEDIUM)),
                TargetsJson.of(targets.get(Severity.LOW)), TargetsJson.of(targets.get(Severity.INFORMATIONAL)),
                own.stream().sorted().map(Enum::name).toList());
    }
}
