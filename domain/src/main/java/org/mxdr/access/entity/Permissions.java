package org.mxdr.access.entity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.mxdr.platform.BadInput;

/**
 * What a tenant admin chooses on the Permissions page: the two additional levels, the all-devices
 * switch and the expiry. Service provider access is not a choice: it is always on. Kept, in the
 * same columns, by the grant and by the wizard that prepares it (whose expiry may still be open).
 */
@Embeddable
public record Permissions(@Column(name = "investigate_and_guide", nullable = false) boolean investigateAndGuide,
                          @Column(name = "respond_directly", nullable = false) boolean respondDirectly,
                          @Column(name = "all_devices", nullable = false) boolean allDevices,
                          @Column(name = "expires_at") Instant expiresAt) {

    public static final String NO_LEVEL_WARNING = "No additional access level is chosen: the experts won't be able to take "
            + "certain response actions, nor investigate your incidents and guide your responses.";
    public static final String ALL_DEVICES_OFF_WARNING = "Security data from all devices is off: the experts cannot investigate "
            + "incidents that involve devices belonging to device groups.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** The wizard's starting point: the default level, all devices, expiry at the subscription's end. */
    public static Permissions defaults(Instant subscriptionEnd) {
        return new Permissions(true, false, true, subscriptionEnd);
    }

    /** The same choices with another expiry (null: not chosen yet). */
    public Permissions expiringAt(Instant at) {
        return new Permissions(investigateAndGuide, respondDirectly, allDevices, at);
    }

    /**
     * Refuses an expiry that is missing, not in the future, or after the subscription's end,
     * naming the field {@code expiresAt}.
     */
    public Permissions checked(Instant now, Instant subscriptionEnd) {
        if (expiresAt == null) {
            throw new BadInput("expiresAt", "An expiry is required; by default it is the subscription's end, " + shown(subscriptionEnd) + ".");
        }
        if (!expiresAt.isAfter(now)) {
            throw new BadInput("expiresAt", "The expiry must be in the future; it is " + shown(expiresAt) + ".");
        }
        if (expiresAt.isAfter(subscriptionEnd)) {
            throw new BadInput("expiresAt", "The access cannot last beyond the subscription's end, " + shown(subscriptionEnd)
                    + "; choose that or an earlier time.");
        }
        return this;
    }

    public Set<AccessLevel> levels() {
        Set<AccessLevel> levels = EnumSet.noneOf(AccessLevel.class);
        if (investigateAndGuide) {
            levels.add(AccessLevel.INVESTIGATE_AND_GUIDE);
        }
        if (respondDirectly) {
            levels.add(AccessLevel.RESPOND_DIRECTLY);
        }
        return levels;
    }

    /** The seed's two warnings, when they apply. */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (!investigateAndGuide && !respondDirectly) {
            warnings.add(NO_LEVEL_WARNING);
        }
        if (!allDevices) {
            warnings.add(ALL_DEVICES_OFF_WARNING);
        }
        return warnings;
    }

    /** What the experts will be able to do, in plain words, for the wizard's review and the settings page. */
    public List<String> inPlainWords() {
        List<String> words = new ArrayList<>();
        words.add("Service provider access: the experts sign in to your organisation through the provider's own accounts (always required).");
        if (investigateAndGuide) {
            words.add("Investigate incidents and guide my responses: the experts read your incidents, investigate them, chat with you and recommend actions (Security Reader).");
        }
        if (respondDirectly) {
            words.add("Respond directly to active threats: the experts also run response actions themselves, such as isolating a device or disabling a user (Security Operator).");
        }
        if (!investigateAndGuide && !respondDirectly) {
            words.add("No additional access level: the experts can neither investigate your incidents nor take response actions.");
        }
        words.add(allDevices ? "Security data from all devices, including devices in device groups."
                : "Not from devices in device groups: incidents that involve such devices stay out of the experts' reach.");
        words.add("Until " + shown(expiresAt) + ", unless revoked earlier.");
        return words;
    }

    /** The state for the audit trail. */
    public String describe() {
        return "serviceProviderAccess=true; investigateAndGuide=" + investigateAndGuide + "; respondDirectly=" + respondDirectly
                + "; allDevices=" + allDevices + "; expiresAt=" + expiresAt;
    }

    /** An instant for people; midnight UTC, where grants and subscriptions end, as the end of the day before. */
    public static String shown(Instant at) {
        if (at == null) {
            return "no date";
        }
        if (at.atOffset(ZoneOffset.UTC).toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return "the end of " + DAY.format(at.minusSeconds(1)) + " (UTC)";
        }
        return SHOWN.format(at);
    }
}
