package org.mxdr.eligibility.view;

import org.mxdr.eligibility.entity.Product;
import org.mxdr.eligibility.entity.Requirement;

/** A catalog product as edited in its table row (or the add form). */
public class ProductRow extends EditedRow {
    private static final long serialVersionUID = 1L;
    private String key;
    private String label;
    private Requirement requirement;

    ProductRow(String key, String label, Requirement requirement, long version) {
        super(version);
        this.key = key;
        this.label = label;
        this.requirement = requirement;
    }

    static ProductRow of(Product p) {
        return new ProductRow(p.getKey(), p.getLabel(), p.getRequirement(), p.getVersion());
    }

    static ProductRow blank() {
        return new ProductRow(null, null, Requirement.OPTIONAL, 0);
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Requirement getRequirement() {
        return requirement;
    }

    public void setRequirement(Requirement requirement) {
        this.requirement = requirement;
    }
}
