package org.mxdr.onboarding.view;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import org.mxdr.onboarding.boundary.SubscriptionService;
import org.mxdr.onboarding.boundary.SubscriptionSummary;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.onboarding.boundary.TenantSort;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.view.FieldMessages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The provider's tenant list (lazy, paged, sortable) and the create-tenant dialog. */
@Named
@ViewScoped
public class TenantsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient TenantService tenants;

    @Inject
    transient SubscriptionService subscriptions;

    private Map<String, SubscriptionSummary> subscriptionsOfPage = Map.of();

    private LazyDataModel<Tenant> model;
    private TenantForm form = new TenantForm();

    @PostConstruct
    void init() {
        model = new TenantPages();
    }

    public void create() {
        try {
            Tenant created = tenants.create(form.tenant());
            FieldMessages.info("Tenant '" + created.getName() + "' created.");
            form = new TenantForm();
            PrimeFaces.current().executeScript("PF('createTenant').hide()");
        } catch (BadInput | Conflict | ConstraintViolationException refusal) {
            FieldMessages.show("createForm", refusal);
        }
    }

    /** The subscription of a tenant on the current page; NONE when it has none. */
    public SubscriptionSummary subscriptionOf(Tenant tenant) {
        return subscriptionsOfPage.getOrDefault(tenant.getId(), SubscriptionSummary.none());
    }

    public LazyDataModel<Tenant> getModel() {
        return model;
    }

    public TenantForm getForm() {
        return form;
    }

    /** Pages come from the boundary one at a time; the table never holds all tenants. */
    private final class TenantPages extends LazyDataModel<Tenant> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, tenants.count());
        }

        @Override
        public List<Tenant> load(int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
            TenantSort sort = TenantSort.CREATED;
            boolean ascending = false;
            for (SortMeta meta : sorts.values()) {
                if (meta.getOrder() == SortOrder.UNSORTED) {
                    continue;
                }
                sort = switch (meta.getField()) {
                    case "name" -> TenantSort.NAME;
                    case "cloud" -> TenantSort.CLOUD;
                    case "region" -> TenantSort.REGION;
                    default -> TenantSort.CREATED;
                };
                ascending = meta.getOrder() == SortOrder.ASCENDING;
            }
            List<Tenant> page = tenants.page(first, Math.min(pageSize, PageRequest.MAX_PAGE), sort, ascending);
            subscriptionsOfPage = subscriptions.summaries(page.stream().map(Tenant::getId).toList());
            return page;
        }

        @Override
        public String getRowKey(Tenant tenant) {
            return tenant.getId();
        }

        @Override
        public Tenant getRowData(String rowKey) {
            return tenants.get(rowKey);
        }
    }
}
