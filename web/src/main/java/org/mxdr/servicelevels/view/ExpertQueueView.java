package org.mxdr.servicelevels.view;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.access.boundary.ExpertTenant;
import org.mxdr.access.boundary.ExpertTenantService;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.view.SessionView;
import org.mxdr.response.entity.IncidentStatus;
import org.mxdr.response.entity.Severity;
import org.mxdr.servicelevels.boundary.ExpertQueueFilter;
import org.mxdr.servicelevels.boundary.ExpertQueuePage;
import org.mxdr.servicelevels.boundary.ExpertQueueService;

/**
 * The expert's one queue across tenants, nearest due target first, by cursor: "Next" follows the
 * page's cursor, "Previous" goes back along the cursors the pages shown started from.
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
    private final List<String> starts = new ArrayList<>();
    private ExpertQueuePage page = new ExpertQueuePage(List.of(), null);

    public void load() {
        tenantChoices = tenants.tenants(0, PageRequest.MAX_PAGE);
        first();
    }

    /** The nearest due again, after a filter changed. */
    public void first() {
        starts.clear();
        show(null);
    }

    public void next() {
        if (page.nextCursor() != null) {
            show(page.nextCursor());
        }
    }

    public void previous() {
        if (starts.size() > 1) {
            starts.remove(starts.size() - 1);
            String start = starts.remove(starts.size() - 1);
            show(start);
        }
    }

    private void show(String cursor) {
        page = queue.queue(new ExpertQueueFilter(tenantId, severity, status, mine ? session.getUsername() : null, breached), cursor, 20);
        starts.add(cursor);
    }

    public ExpertQueuePage getPage() {
        return page;
    }

    public boolean isFirstPage() {
        return starts.size() <= 1;
    }

    public boolean isLastPage() {
        return page.nextCursor() == null;
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
