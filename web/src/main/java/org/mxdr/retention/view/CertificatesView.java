package org.mxdr.retention.view;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.platform.PageRequest;
import org.mxdr.platform.view.BoundaryPages;
import org.mxdr.retention.boundary.PurgeService;
import org.mxdr.retention.entity.DeletionCertificate;
import org.primefaces.model.LazyDataModel;

/** Deletion certificates of purged tenants, newest first, each downloadable as JSON (provider admin). */
@Named
@ViewScoped
public class CertificatesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PurgeService purge;

    private LazyDataModel<DeletionCertificate> model;

    @PostConstruct
    void init() {
        model = new BoundaryPages<>(() -> purge.count(), (first, size) -> purge.certificates(first, size), DeletionCertificate::getId,
                PageRequest.MAX_PAGE);
    }

    public LazyDataModel<DeletionCertificate> getModel() {
        return model;
    }
}
