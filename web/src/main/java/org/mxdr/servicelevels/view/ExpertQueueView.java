package org.mxdr.servicelevels.view;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.access.boundary.ExpertTenant;
import org.mxdr.access.boundary.ExpertTenantService;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.view.CursorPager;
import org.mxdr.platform.view.SessionView;
import org.mxdr.response.entity.IncidentStatus;
import org.mxdr.response.entity.Severity;
import org.mxdr.servicelevels.boundary.ExpertQueueFilter;
import org.mxdr.servicelevels.boundary.ExpertQueueService;
import org.mxdr.servicelevels.boundary.QueueItem;

/**
 * The expert's one queue across tenants, nearest due target first, paged by cursor.
 */
@Named
@ViewScoped
public class ExpertQueueView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ExpertQueueService queue;

    @Inject
    transient ExpertTenantService tenants;

    @Inject
    transient SessionView session;

    private String tenantId;
    private Severity severity;
    private IncidentStatus status;
    private Boolean breached;
    private boolean mine;
    private List<ExpertTenant> tenantChoices = List.of();
    private final CursorPager<QueueItem> pager = new CursorPager<>((cursor, size) -> queue.queue(
            new ExpertQueueFilter(tenantId, severity, status, mine ? session.getUsername() : null, breached), cursor, size));

    public void load() {
        tenantChoices = tenants.tenants(0, PageRequest.MAX_PAGE);
        pager.first();
    }

    public CursorPager<QueueItem> getPager() {
        return pager;
    }

    public List<ExpertTenant> getTenantChoices() {
        return tenantChoices;
    }

    public List<Severity> getSeverities() {
        return List.of(Severity.values());
    }

    public List<IncidentStatus> getStatuses() {
        return List.of(IncidentStatus.values());
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId == null || tenantId.isBlank() ? null : tenantId;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public void setStatus(IncidentStatus status) {
        this.status = status;
    }

    public Boolean getBreached() {
        return breached;
    }

    public void setBreached(Boolean breached) {
        this.breached = breached;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}
