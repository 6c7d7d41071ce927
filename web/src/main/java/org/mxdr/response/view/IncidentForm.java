package org.mxdr.response.view;

import java.io.Serializable;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.view.FieldMessages;

/**
 * A form of the incident page: it knows the incident, and after each step the page reloads the
 * incident, so every card shows what the boundary now says.
 */
abstract class IncidentForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Reloads the page's incident after a step. */
    interface Reload extends Serializable {
        void run();
    }

    interface Step {
        void run();
    }

    protected String tenantId;
    protected String incidentId;
    private Reload reload;

    void load(String tenantId, String incidentId, Reload reload) {
        this.tenantId = tenantId;
        this.incidentId = incidentId;
        this.reload = reload;
    }

    /** Runs the step; a refusal is shown next to its field in the form, a success as a message when there is one. */
    protected void run(String formId, Step step, String done) {
        try {
            step.run();
            if (done != null) {
                FieldMessages.info(done);
            }
        } catch (BadInput | Conflict refused) {
            FieldMessages.show(formId, refused);
        }
        reload.run();
    }
}
