package org.mxdr.access.view;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.mxdr.access.boundary.GrantState;
import org.mxdr.access.entity.Permissions;

/**
 * The Permissions page's fields, shared by the wizard's first step and the page under Settings >
 * Experts. The expiry is chosen as the last day of access (UTC), or the subscription's end.
 */
public class PermissionsForm implements Serializable {
    private static final long serialVersionUID = 1L;

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

    /** The chosen permissions; a last day means access until that day's end, UTC. */
    public Permissions permissions() {
        Instant expiry = untilSubscriptionEnd ? subscriptionEnd
                : lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Permissions(investigateAndGuide, respondDirectly, allDevices, expiry);
    }

    public List<String> getWarnings() {
        return permissions().warnings();
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
