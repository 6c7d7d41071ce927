package org.mxdr.onboarding.view;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import org.mxdr.onboarding.boundary.LeadService;
import org.mxdr.onboarding.entity.Lead;
import org.mxdr.onboarding.entity.LeadState;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.view.BoundaryPages;
import org.mxdr.platform.view.FieldMessages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/**
 * The leads: newest first, by state; the commercial executive works each in a dialog, the provider
 * admin turns one into a tenant with the create-tenant form prefilled from it.
 */
@Named
@ViewScoped
public class LeadsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient LeadService leads;

    private LazyDataModel<Lead> model;
    private LeadState filter;
    private String search;
    private Lead selected;
    private LeadState state;
    private String notes;
    private TenantForm tenantForm = new TenantForm();

    @PostConstruct
    void init() {
        model = new BoundaryPages<>(() -> leads.count(filter, search), (first, size) -> leads.page(first, size, filter, search),
                Lead::getId, PageRequest.MAX_PAGE);
    }

    public void select(Lead lead) {
        selected = leads.get(lead.getId());
        state = selected.getState();
        notes = selected.getNotes();
    }

    public void save() {
        try {
            Lead saved = leads.work(selected.getId(), state, notes, selected.getVersion());
            FieldMessages.info("Lead from " + saved.getOrganisation() + " is now " + saved.getState().label().toLowerCase() + ".");
            PrimeFaces.current().executeScript("PF('workLead').hide()");
        } catch (BadInput | Conflict refusal) {
            FieldMessages.show("leadForm", refusal);
        }
    }

    /** Opens the create-tenant form prefilled from the lead (the provider admin's one step from lead to tenant). */
    public void startConversion(Lead lead) {
        select(lead);
        tenantForm = TenantForm.of(selected);
    }

    public void convert() {
        try {
            Tenant created = leads.convert(selected.getId(), tenantForm.tenant(), selected.getVersion());
            FieldMessages.info("Tenant '" + created.getName() + "' created from the lead; the lead is won and linked to it.");
            PrimeFaces.current().executeScript("PF('convertLead').hide()");
        } catch (BadInput | Conflict | ConstraintViolationException refusal) {
            FieldMessages.show("convertForm", refusal);
        }
    }

    public TenantForm getTenantForm() {
        return tenantForm;
    }

    public LeadState[] getStates() {
        return LeadState.values();
    }

    public LazyDataModel<Lead> getModel() {
        return model;
    }

    public LeadState getFilter() {
        return filter;
    }

    public void setFilter(LeadState filter) {
        this.filter = filter;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Lead getSelected() {
        return selected;
    }

    public LeadState getState() {
        return state;
    }

    public void setState(LeadState state) {
        this.state = state;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
