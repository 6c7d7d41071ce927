package org.mxdr.eligibility.view;

import org.mxdr.eligibility.entity.PrerequisiteRule;

/** A prerequisite rule as edited in its table row; its key and check are fixed. */
public class RuleRow extends EditedRow {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final String check;
    private String product;
    private String label;
    private int urgency;

    RuleRow(PrerequisiteRule r) {
        super(r.getVersion());
        key = r.getKey();
        check = r.getCheck().name();
        product = r.getProductKey();
        label = r.getLabel();
        urgency = r.getUrgency();
    }

    public String getKey() {
        return key;
    }

    public String getCheck() {
        return check;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public int getUrgency() {
        return urgency;
    }

    public void setUrgency(int urgency) {
        this.urgency = urgency;
    }
}
