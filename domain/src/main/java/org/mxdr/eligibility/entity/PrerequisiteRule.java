package org.mxdr.eligibility.entity;

import java.util.Comparator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mxdr.platform.BadInput;

/**
 * A required prerequisite, kept as data: which product it needs, which {@link RuleCheck} decides it,
 * what a person calls it, and how urgent it is (1 first) on the readiness page.
 */
@Entity
@Table(name = "prerequisite_rule")
@NamedQuery(name = PrerequisiteRule.ALL, query = "SELECT r FROM PrerequisiteRule r ORDER BY r.urgency, r.key")
public class PrerequisiteRule {
    public static final String ALL = "PrerequisiteRule.all";
    public static final Comparator<PrerequisiteRule> MOST_URGENT_FIRST =
            Comparator.comparingInt(PrerequisiteRule::getUrgency).thenComparing(PrerequisiteRule::getKey);

    @Id
    @Column(name = "rule_key", length = 64)
    private String key;

    @Column(name = "product_key", nullable = false, length = 64)
    private String productKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_check", nullable = false, length = 32)
    private RuleCheck check;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(nullable = false)
    private int urgency;

    @Version
    private long version;

    protected PrerequisiteRule() {
    }

    public static PrerequisiteRule of(String key, Product product, RuleCheck check, String label, int urgency) {
        PrerequisiteRule rule = new PrerequisiteRule();
        rule.key = key;
        rule.check = check;
        rule.revise(product, label, urgency);
        return rule;
    }

    /** Changes what the rule needs and how it is shown; its key and check stay, since clients name them. */
    public void revise(Product product, String newLabel, int newUrgency) {
        if (product == null) {
            throw new BadInput("product", "Choose a product of the catalog.");
        }
        if (newUrgency < 1 || newUrgency > 99) {
            throw new BadInput("urgency", "The urgency is a number from 1 (most urgent) to 99.");
        }
        productKey = product.getKey();
        label = Labels.check("label", newLabel, "rule label");
        urgency = newUrgency;
    }

    PrerequisiteResult judge(Product product, InventoryCounts counts) {
        String productLabel = product == null ? productKey : product.getLabel();
        return check.judge(key, productKey, productLabel, counts);
    }

    public String getKey() {
        return key;
    }

    public String getProductKey() {
        return productKey;
    }

    public RuleCheck getCheck() {
        return check;
    }

    public String getLabel() {
        return label;
    }

    public int getUrgency() {
        return urgency;
    }

    public long getVersion() {
        return version;
    }
}
