package org.mxdr.platform.view;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

import org.mxdr.platform.DenialLog;
import org.mxdr.platform.Refs;

/**
 * Backs the error pages, whether the container forwarded here or the console redirected here.
 * Logs what the container caught with the reference the page shows.
 */
@Named
@RequestScoped
public class ErrorView {
    private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());

    @Inject
    ExternalContext external;

    @Inject
    DenialLog denials;

    private String ref;

    @PostConstruct
    void init() {
        Map<String, Object> attributes = external.getRequestMap();
        ref = external.getRequestParameterMap().get("ref");
        if (!Refs.looksLikeOne(ref)) {
            ref = null;
        }
        Throwable thrown = (Throwable) attributes.get(RequestDispatcher.ERROR_EXCEPTION);
        Object status = attributes.get(RequestDispatcher.ERROR_STATUS_CODE);
        String uri = String.valueOf(attributes.get(RequestDispatcher.ERROR_REQUEST_URI));
        if (thrown != null) {
            ref = Refs.next();
            LOG.log(Level.SEVERE, "Unexpected failure [ref " + ref + "] on " + uri, thrown);
        } else if (Integer.valueOf(403).equals(status)) {
            ref = denials.record(external.getRemoteUser(), "console " + uri, "page not open to this role");
        } else if (Integer.valueOf(404).equals(status)) {
            ref = Refs.next();
            LOG.info("Not found [ref " + ref + "] on " + uri);
        }
    }

    public String getRef() {
        return ref;
    }

    public void status(int code) {
        external.setResponseStatus(code);
    }

    /** 503 with Retry-After, so clients and proxies know to come back. */
    public void unavailable() {
        external.setResponseStatus(503);
        external.setResponseHeader("Retry-After", "5");
    }
}
