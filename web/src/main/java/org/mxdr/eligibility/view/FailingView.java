package org.mxdr.eligibility.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.eligibility.boundary.EligibilityService;
import org.mxdr.eligibility.entity.OffendingAsset;
import org.mxdr.eligibility.entity.PrerequisiteRule;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.view.BoundaryPages;
import org.primefaces.model.LazyDataModel;

/** The users or devices failing one prerequisite of one tenant, paged. */
@Named
@ViewScoped
public class FailingView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient EligibilityService eligibility;

    private String id;
    private String key;
    private PrerequisiteRule rule;
    private final LazyDataModel<OffendingAsset> model = new BoundaryPages<>(() -> eligibility.countFailing(id, key),
            (first, size) -> eligibility.failing(id, key, first, size), OffendingAsset::externalId, PageRequest.MAX_PAGE);

    public void load() {
        rule = eligibility.rule(key);
        eligibility.countFailing(id, key); // refuses another tenant's id before the page renders
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public PrerequisiteRule getRule() {
        return rule;
    }

    public LazyDataModel<OffendingAsset> getModel() {
        return model;
    }
}
