package org.mxdr.servicelevels.view;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.response.entity.Incident;
import org.mxdr.servicelevels.entity.ServiceLevel;
import org.mxdr.servicelevels.entity.SlaClock;
import org.mxdr.servicelevels.entity.SlaState;

/**
 * How the console shows an incident's service level, as of this request: a badge with its state
 * and what is left of the target due next, and each clock for the incident page.
 */
@Named
@RequestScoped
public class SlaBadges {
    @Inject
    Clock clock;

    private Instant now;

    /** The badge: state (its CSS key), its words, and what is left; null when the incident holds no targets. */
    public record Badge(String state, String label, String detail) {
    }

    /** One clock on the incident page. */
    public record Line(String kind, String target, String state, String label, String detail) {
    }

    public Badge of(Incident incident) {
        ServiceLevel level = incident.serviceLevel();
        if (level == null) {
            return null;
        }
        SlaState state = level.state(now());
        SlaClock next = level.next();
        if (next == null && level.resolve().paused()) {
            next = level.resolve();
        }
        return new Badge(state.name(), state.label(), next == null ? "Every target done" : detail(next));
    }

    public List<Line> clocks(Incident incident) {
        ServiceLevel level = incident.serviceLevel();
        if (level == null) {
            return List.of();
        }
        return level.clocks().stream().map(c -> {
            SlaState state = c.state(now());
            return new Line(c.kind().label(), words(c.target()), state.name(), state.label(),
                    c.running() ? left(c) : "Took " + words(c.used(now())));
        }).toList();
    }

    private String detail(SlaClock c) {
        return c.kind().label() + ": " + left(c);
    }

    /** What is left of the clock's target: "14 min left", "2 h overdue", "paused, 23 h left". */
    private String left(SlaClock c) {
        Duration left = c.left(now());
        if (c.paused()) {
            return "paused, " + words(left) + " left";
        }
        return left.isNegative() ? words(left.negated()) + " overdue" : words(left) + " left";
    }

    private Instant now() {
        if (now == null) {
            now = Instant.now(clock);
        }
        return now;
    }

    /** A duration as people read it: "3 d 2 h", "1 h 5 min", "40 s". */
    public static String words(Duration d) {
        long s = Math.max(0, d.getSeconds());
        long days = s / 86_400;
        long hours = s % 86_400 / 3600;
        long minutes = s % 3600 / 60;
        if (days > 0) {
            return days + " d" + (hours > 0 ? " " + hours + " h" : "");
        }
        if (hours > 0) {
            return hours + " h" + (minutes > 0 ? " " + minutes + " min" : "");
        }
        return minutes > 0 ? minutes + " min" : s + " s";
    }
}
