package org.mxdr.eligibility.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import org.mxdr.eligibility.entity.PrerequisiteRule;
import org.mxdr.eligibility.entity.Product;
import org.mxdr.eligibility.entity.Requirement;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.Edits;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.Roles;

/** The product catalog and the prerequisite rules, kept by the provider admin. */
@Stateless
@RolesAllowed(Roles.PROVIDER_ADMIN)
public class CatalogService {

    @PersistenceContext(unitName = "mxdr")
    EntityManager em;

    public List<Product> products() {
        return em.createNamedQuery(Product.ALL, Product.class).getResultList();
    }

    public List<PrerequisiteRule> rules() {
        return em.createNamedQuery(PrerequisiteRule.ALL, PrerequisiteRule.class).getResultList();
    }

    public Product addProduct(String key, String label, Requirement requirement) {
        Product product = Product.define(key, label, requirement);
        if (em.find(Product.class, product.getKey()) != null) {
            throw new Conflict("key", "The catalog holds a product '" + product.getKey() + "' already.");
        }
        em.persist(product);
        return product;
    }

    /** @param version the version the person edited, so a concurrent edit is refused, not overwritten */
    public Product describeProduct(@NotNull String key, String label, Requirement requirement, long version) {
        Product product = product(key);
        Edits.requireUnchanged(product.getVersion(), version, null);
        product.describe(label, requirement);
        return Edits.flushed(em, product);
    }

    public PrerequisiteRule reviseRule(@NotNull String ruleKey, String productKey, String label, int urgency, long version) {
        PrerequisiteRule rule = em.find(PrerequisiteRule.class, ruleKey);
        if (rule == null) {
            throw new NotFound("There is no prerequisite '" + ruleKey + "'.");
        }
        Edits.requireUnchanged(rule.getVersion(), version, null);
        if (productKey == null || em.find(Product.class, productKey) == null) {
            throw new BadInput("product", "Choose a product of the catalog.");
        }
        rule.revise(product(productKey), label, urgency);
        return Edits.flushed(em, rule);
    }

    private Product product(String key) {
        Product product = em.find(Product.class, key);
        if (product == null) {
            throw new NotFound("There is no product '" + key + "' in the catalog.");
        }
        return product;
    }
}
