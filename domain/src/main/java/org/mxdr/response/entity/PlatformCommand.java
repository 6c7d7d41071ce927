package org.mxdr.response.entity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mxdr.platform.Conflict;

/**
 * An action for the detection platform to execute. The platform picks pending commands up and
 * reports each one's outcome, which completes or fails the action. A pick-up is a lease: the
 * command is handed out again only once {@link #LEASE} has passed without a report, so two
 * workers of the platform never run it at once.
 */
@Entity
@Table(name = "platform_command")
@NamedQuery(name = PlatformCommand.PENDING, query = "SELECT c FROM PlatformCommand c WHERE c.reportedAt IS NULL "
        + "AND (c.pickedUpAt IS NULL OR c.pickedUpAt < :leaseEnded) ORDER BY c.createdAt, c.id")
public class PlatformCommand {
    public static final String PENDING = "PlatformCommand.pending";
    public static final java.time.Duration LEASE = java.time.Duration.ofMinutes(5);

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "action_id", nullable = false, length = 36)
    private String actionId;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(nullable = false, length = 24)
    private String command;

    @Column(nullable = false, length = 128)
    private String target;

    @Column(length = 300)
    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "picked_up_at")
    private Instant pickedUpAt;

    @Column(name = "reported_at")
    private Instant reportedAt;

    private Boolean succeeded;

    @Version
    private long version;

    protected PlatformCommand() {
    }

    public static PlatformCommand of(ResponseAction action, Instant now) {
        PlatformCommand c = new PlatformCommand();
        c.id = UUID.randomUUID().toString();
        c.actionId = action.getId();
        c.tenantId = action.getTenantId();
        c.command = action.getType().name();
        c.target = action.getTarget();
        c.detail = action.getDetail();
        c.createdAt = now;
        return c;
    }

    public void pickedUp(Instant now) {
        pickedUpAt = now;
    }

    public void reported(boolean outcome, Instant now) {
        if (reportedAt != null) {
            throw new Conflict("The command's outcome was reported already, at " + reportedAt + ".");
        }
        succeeded = outcome;
        reportedAt = now;
    }

    public String getId() {
        return id;
    }

    public String getActionId() {
        return actionId;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getCommand() {
        return command;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPickedUpAt() {
        return pickedUpAt;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Boolean getSucceeded() {
        return succeeded;
    }
}
