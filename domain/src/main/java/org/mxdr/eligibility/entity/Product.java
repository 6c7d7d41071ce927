package org.mxdr.eligibility.entity;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mxdr.platform.BadInput;

/** A detection product of the provider's catalog, named by a stable key that licences refer to. */
@Entity
@Table(name = "product")
@NamedQuery(name = Product.ALL, query = "SELECT p FROM Product p ORDER BY p.requirement DESC, p.key")
public class Product {
    public static final String ALL = "Product.all";
    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    @Id
    @Column(name = "product_key", length = 64)
    private String key;

    @Column(nullable = false, length = 200)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Requirement requirement;

    @Version
    private long version;

    protected Product() {
    }

    public static Product define(String key, String label, Requirement requirement) {
        Product product = new Product();
        product.key = checkKey(key);
        product.describe(label, requirement);
        return product;
    }

    /** Renames the product or moves it between required and optional; the key never changes. */
    public void describe(String newLabel, Requirement newRequirement) {
        label = Labels.check("label", newLabel, "product name");
        if (newRequirement == null) {
            throw new BadInput("requirement", "Choose whether the product is REQUIRED or OPTIONAL.");
        }
        requirement = newRequirement;
    }

    static String checkKey(String key) {
        String k = key == null ? "" : key.strip().toUpperCase(Locale.ROOT);
        if (!KEY.matcher(k).matches()) {
            throw new BadInput("key", "A product key has 2 to 64 capital letters, digits or underscores, starting with a letter.");
        }
        return k;
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public Requirement getRequirement() {
        return requirement;
    }

    public boolean isOptional() {
        return requirement == Requirement.OPTIONAL;
    }

    public long getVersion() {
        return version;
    }
}
