package org.mxdr.response.view;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.identity.boundary.UserService;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.platform.Caller;
import org.mxdr.platform.NotFound;
import org.mxdr.response.boundary.IncidentFilter;
import org.mxdr.response.boundary.IncidentOrder;
import org.mxdr.platform.view.CursorPager;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.boundary.IncidentQueueService;
import org.mxdr.response.entity.Assignee;
import org.mxdr.response.entity.IncidentStatus;
import org.mxdr.response.entity.Severity;

/**
 * The incident queue of one tenant: a tenant user's own, or, for an expert, the tenant named in
 * the address, as far as his grant reaches. It pages by cursor, newest first, one boundary
 * call per page, and never counts the tenant's incidents.
 */
@Named
@ViewScoped
public class IncidentsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient IncidentQueueService incidents;

    @Inject
    transient UserService users;

    @Inject
    transient TenantService tenants;

    private String tenantId;
    private String tenantName;
    private IncidentStatus status;
    private Severity severity;
    private Assignee assignedTo;
    private String search;
    private IncidentOrder order = IncidentOrder.NEWEST;
    private final CursorPager<Incident> pager = new CursorPager<>((cursor, size) -> incidents.queue(tenantId, filter(), cursor, size));

    public void load() {
        Caller me = users.me();
        if (me.isTenantUser()) {
            tenantId = me.tenantId();
        } else if (tenantId == null || tenantId.isBlank()) {
            throw new NotFound("Choose a tenant first, under My tenants.");
        }
        // the boundary decides whether this caller reaches the tenant's incidents at all
        pager.first();
        tenantName = tenants.get(tenantId).getName();
    }

    private IncidentFilter filter() {
        return new IncidentFilter(status, severity, assignedTo, search, order);
    }

    public CursorPager<Incident> getPager() {
        return pager;
    }

    public List<IncidentStatus> getStatuses() {
        return List.of(IncidentStatus.values());
    }

    public List<Severity> getSeverities() {
        return List.of(Severity.values());
    }

    public List<IncidentOrder> getOrders() {
        return List.of(IncidentOrder.values());
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public IncidentOrder getOrder() {
        return order;
    }

    public void setOrder(IncidentOrder order) {
        this.order = order == null ? IncidentOrder.NEWEST : order;
    }

    public List<Assignee> getAssignees() {
        return List.of(Assignee.values());
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getTenantName() {
        return tenantName;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public void setStatus(IncidentStatus status) {
        this.status = status;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public Assignee getAssignedTo() {
        return assignedTo;
    }

    public void setAssignedTo(Assignee assignedTo) {
        this.assignedTo = assignedTo;
    }
}
