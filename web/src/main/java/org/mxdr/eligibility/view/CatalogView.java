package org.mxdr.eligibility.view;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import org.mxdr.eligibility.boundary.CatalogService;
import org.mxdr.eligibility.entity.Requirement;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.view.FieldMessages;
import org.primefaces.event.RowEditEvent;

/** The provider admin's product catalog and prerequisite rules, edited row by row. */
@Named
@ViewScoped
public class CatalogView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CatalogService catalog;

    private List<ProductRow> products;
    private List<RuleRow> rules;
    private ProductRow added = ProductRow.blank();

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        products = catalog.products().stream().map(ProductRow::of).toList();
        rules = catalog.rules().stream().map(RuleRow::new).toList();
    }

    public void saveProduct(RowEditEvent<ProductRow> event) {
        ProductRow row = event.getObject();
        save(() -> catalog.describeProduct(row.getKey(), row.getLabel(), row.getRequirement(), row.version()), "Product " + row.getKey() + " saved.", null);
    }

    public void saveRule(RowEditEvent<RuleRow> event) {
        RuleRow row = event.getObject();
        save(() -> catalog.reviseRule(row.getKey(), row.getProduct(), row.getLabel(), row.getUrgency(), row.version()), "Prerequisite " + row.getKey() + " saved.", null);
    }

    public void addProduct() {
        save(() -> catalog.addProduct(added.getKey(), added.getLabel(), added.getRequirement()), "Product added to the catalog.", "addProduct");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            added = ProductRow.blank();
        }
    }

    /** @param formId the form whose inputs carry the boundary's field names; null shows refusals at the top */
    private void save(Runnable change, String done, String formId) {
        try {
            change.run();
            FieldMessages.info(done);
        } catch (BadInput | Conflict | NotFound | ConstraintViolationException refusal) {
            FieldMessages.show(formId == null ? "none" : formId, refusal);
        }
        reload();
    }

    public Requirement[] getRequirements() {
        return Requirement.values();
    }

    public List<ProductRow> getProducts() {
        return products;
    }

    public List<RuleRow> getRules() {
        return rules;
    }

    public ProductRow getAdded() {
        return added;
    }
}
