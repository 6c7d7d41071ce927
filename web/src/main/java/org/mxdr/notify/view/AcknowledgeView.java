package org.mxdr.notify.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.notify.boundary.AcknowledgementService;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.view.FieldMessages;

/**
 * The public page behind the acknowledge link of a high-severity notification: opening it only
 * shows the incident; the button acknowledges, once.
 */
@Named
@ViewScoped
public class AcknowledgeView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient AcknowledgementService acknowledgements;

    private String token;
    private AcknowledgementService.LinkInfo info;
    private String refusal;

    public void load() {
        try {
            info = acknowledgements.inspect(token);
        } catch (NotFound unknown) {
            refusal = unknown.getMessage();
        }
    }

    public void confirm() {
        try {
            info = acknowledgements.acknowledge(token);
            FieldMessages.info("Thank you: the incident is acknowledged and the escalation stopped.");
        } catch (Conflict | NotFound refused) {
            refusal = refused.getMessage();
            load();
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public AcknowledgementService.LinkInfo getInfo() {
        return info;
    }

    public String getRefusal() {
        return refusal;
    }
}
