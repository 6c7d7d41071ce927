package org.mxdr.access.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.access.boundary.ExpertTenant;
import org.mxdr.access.boundary.ExpertTenantService;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.view.BoundaryPages;
import org.primefaces.model.LazyDataModel;

/** The expert's tenants: those whose grant is live at this request. */
@Named
@ViewScoped
public class ExpertTenantsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ExpertTenantService expertTenants;

    private String search;
    private final LazyDataModel<ExpertTenant> tenants = new BoundaryPages<>(() -> expertTenants.count(search),
            (first, size) -> expertTenants.tenants(search, first, size), ExpertTenant::tenantId, PageRequest.MAX_PAGE);

    public LazyDataModel<ExpertTenant> getTenants() {
        return tenants;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
