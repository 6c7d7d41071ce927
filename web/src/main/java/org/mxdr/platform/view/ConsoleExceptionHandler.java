package org.mxdr.platform.view;

import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.DatabaseFailures;
import org.mxdr.platform.DenialLog;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.Refs;
import org.primefaces.csp.CspException;

/**
 * Sends a console user who hits a failure to a friendly page, for full and Ajax requests alike:
 * 403 for refusals, 404 for unknown ids, 503 while the database cannot be reached, 500 with a reference that matches the server log.
 * A stack trace never reaches the browser.
 */
public class ConsoleExceptionHandler extends ExceptionHandlerWrapper {
    private static final Logger LOG = Logger.getLogger(ConsoleExceptionHandler.class.getName());

    public ConsoleExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        if (faces != null && events.hasNext() && !faces.getExternalContext().isResponseCommitted()) {
            Throwable thrown = events.next().getContext().getException();
            Throwable root = root(thrown);
            events.remove();
            while (events.hasNext()) {
                events.next();
                events.remove();
            }
            redirect(faces, DatabaseFailures.isUnavailable(thrown) ? unavailable(faces.getExternalContext()) : target(faces.getExternalContext(), root));
            return;
        }
        getWrapped().handle();
    }

    private static String unavailable(ExternalContext external) {
        LOG.warning(() -> "Database unavailable on console " + external.getRequestServletPath() + ": showed the 503 page");
        return "/error/503.xhtml";
    }

    private static String target(ExternalContext external, Throwable root) {
        String who = external.getRemoteUser() == null ? "anonymous" : external.getRemoteUser();
        if (root instanceof ViewExpiredException) {
            return "/console/home.xhtml";
        }
        if (root instanceof CspException) {
            // a postback without the nonce of the page this console rendered: a forged or replayed form
            return "/error/403.xhtml?ref=" + CDI.current().select(DenialLog.class).get()
                    .record(who, "console " + external.getRequestServletPath(), "form posted without the page's script nonce");
        }
        if (root instanceof EJBAccessException) {
            return "/error/403.xhtml?ref=" + CDI.current().select(DenialLog.class).get()
                    .record(who, "console " + external.getRequestServletPath(), "role not allowed");
        }
        if (root instanceof AccessDenied denied) {
            return "/error/403.xhtml" + (denied.ref() == null ? "" : "?ref=" + denied.ref());
        }
        String ref = Refs.next();
        if (root instanceof NotFound notFound) {
            LOG.info(() -> "Not found [ref " + ref + "] for " + who + " on " + external.getRequestServletPath() + ": " + notFound.getMessage());
            return "/error/404.xhtml?ref=" + ref;
        }
        LOG.log(Level.SEVERE, "Unexpected failure [ref " + ref + "] for " + who + " on " + external.getRequestServletPath(), root);
        return "/error/500.xhtml?ref=" + ref;
    }

    private static void redirect(FacesContext faces, String path) {
        try {
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + path);
            faces.responseComplete();
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Could not show the error page " + path, e);
        }
    }

    private static Throwable root(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && !(current instanceof AccessDenied || current instanceof NotFound
                || current instanceof EJBAccessException || current instanceof ViewExpiredException || current instanceof CspException)) {
            current = current.getCause();
        }
        return current;
    }
}
