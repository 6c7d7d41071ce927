package org.mxdr.eligibility.view;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.eligibility.boundary.EligibilityService;
import org.mxdr.eligibility.entity.OffendingAsset;
import org.mxdr.eligibility.entity.PrerequisiteRule;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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
    private final LazyDataModel<OffendingAsset> model = new FailingPages();

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

    private final class FailingPages extends LazyDataModel<OffendingAsset> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, eligibility.countFailing(id, key));
        }

        @Override
        public List<OffendingAsset> load(int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
            return eligibility.failing(id, key, first, Math.min(pageSize, EligibilityService.MAX_PAGE));
        }

        @Override
        public String getRowKey(OffendingAsset asset) {
            return asset.externalId();
        }
    }
}
