package org.mxdr.access.view;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.mxdr.access.boundary.GrantState;
import org.mxdr.access.entity.Permissions;
import org.mxdr.platform.BadInput;

/**
 * The Permissions page's fields, shared by the wizard's first step and the page under Settings >
 * Experts. The expiry is chosen as the last day of access (UTC), or the subscription's end.
 */
public class PermissionsForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String LAST_DAY = "lastDay";

    private boolean investigateAndGuide = true;
    private boolean respondDirectly;
    private boolean allDevices = true;
    private boolean untilSubscriptionEnd = true;
    private LocalDate lastDay;
    private Instant subscriptionEnd;
    private Long version;

    static PermissionsForm of(Permissions p, boolean untilSubscriptionEnd, Instant subscriptionEnd, Long version) {
        PermissionsForm f = new PermissionsForm();
        f.investigateAndGuide = p.investigateAndGuide();
        f.respondDirectly = p.respondDirectly();
        f.allDevices = p.allDevices();
        f.subscriptionEnd = subscriptionEnd;
        f.untilSubscriptionEnd = untilSubscriptionEnd || p.expiresAt() == null || p.expiresAt().equals(subscriptionEnd);
        f.lastDay = p.expiresAt() == null ? null : LocalDate.ofInstant(p.expiresAt().minusSeconds(1), ZoneOffset.UTC);
        f.version = version;
        return f;
    }

    static PermissionsForm of(GrantState state) {
        return of(state.permissions(), state.version() == null, state.subscriptionEnd(), state.version());
    }

    /**
     * The chosen permissions; a last day means access until that day's end, UTC. With the
     * subscription's end unticked, the last day is required and at most the subscription's last
     * day: refused naming {@code lastDay}, never defaulted.
     */
    public Permissions permissions() {
        if (!untilSubscriptionEnd) {
            if (lastDay == null) {
                throw new BadInput(LAST_DAY, "Choose the last day of access, or tick \"Until the subscription ends\".");
            }
            if (getMaxDay() != null && lastDay.isAfter(getMaxDay())) {
                throw new BadInput(LAST_DAY, getAfterEndMessage());
            }
        }
        Instant expiry = untilSubscriptionEnd ? subscriptionEnd : lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Permissions(investigateAndGuide, respondDirectly, allDevices, expiry);
    }

    /** The page's form of a boundary's refusal: an expiry problem is the last day's, when the page shows that field. */
    public RuntimeException onPage(RuntimeException refused) {
        if (!untilSubscriptionEnd && refused instanceof BadInput bad && "expiresAt".equals(bad.field())) {
            return new BadInput(LAST_DAY, bad.getMessage());
        }
        return refused;
    }

    /** Said next to the last day when a later one is typed (the date picker's own range check uses it too). */
    public String getAfterEndMessage() {
        return "The last day of access cannot be after the subscription's last day, " + getMaxDay()
                + ": choose that day or an earlier one, or tick \"Until the subscription ends\".";
    }

    public List<String> getWarnings() {
        return new Permissions(investigateAndGuide, respondDirectly, allDevices, subscriptionEnd).warnings();
    }

    public boolean isNoLevelWarning() {
        return !investigateAndGuide && !respondDirectly;
    }

    public String getNoLevelWarningText() {
        return Permissions.NO_LEVEL_WARNING;
    }

    public String getAllDevicesWarningText() {
        return Permissions.ALL_DEVICES_OFF_WARNING;
    }

    public String getSubscriptionEndShown() {
        return Permissions.shown(subscriptionEnd);
    }

    /** The last day that can be chosen: the subscription's last day. */
    public LocalDate getMaxDay() {
        return subscriptionEnd == null ? null : LocalDate.ofInstant(subscriptionEnd.minusSeconds(1), ZoneOffset.UTC);
    }

    public boolean isInvestigateAndGuide() {
        return investigateAndGuide;
    }

    public void setInvestigateAndGuide(boolean investigateAndGuide) {
        this.investigateAndGuide = investigateAndGuide;
    }

    public boolean isRespondDirectly() {
        return respondDirectly;
    }

    public void setRespondDirectly(boolean respondDirectly) {
        this.respondDirectly = respondDirectly;
    }

    public boolean isAllDevices() {
        return allDevices;
    }

    public void setAllDevices(boolean allDevices) {
        this.allDevices = allDevices;
    }

    public boolean isUntilSubscriptionEnd() {
        return untilSubscriptionEnd;
    }

    public void setUntilSubscriptionEnd(boolean untilSubscriptionEnd) {
        this.untilSubscriptionEnd = untilSubscriptionEnd;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public Long getVersion() {
        return version;
    }
}
