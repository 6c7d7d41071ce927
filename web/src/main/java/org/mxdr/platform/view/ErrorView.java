package org.mxdr.platform.view;

import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

import org.mxdr.platform.DenialLog;

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
        if (ref != null && !ref.matches("[0-9a-f]{8}")) {
            ref = null;
        }
        Throwable thrown = (Throwable) attributes.get(RequestDispatcher.ERROR_EXCEPTION);
        Object status = attributes.get(RequestDispatcher.ERROR_STATUS_CODE);
        String uri = String.valueOf(attributes.get(RequestDispatcher.ERROR_REQUEST_URI));
        if (thrown != null) {
            ref = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Unexpected failure [ref " + ref + "] on " + uri, thrown);
        } else if (Integer.valueOf(403).equals(status)) {
            denials.record(external.getRemoteUser(), "console " + uri, "page not open to this role");
        }
    }

    public String getRef() {
        return ref;
    }

    public void status(int code) {
        external.setResponseStatus(code);
    }
}
