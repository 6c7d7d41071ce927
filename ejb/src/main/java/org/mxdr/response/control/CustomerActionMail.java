package org.mxdr.response.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.mxdr.access.control.Contacts;
import org.mxdr.notify.control.Outbox;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.ResponseAction;

/** The incident-notification contacts hear that an action awaits them; written to the outbox in the change's transaction. */
@Stateless
@PermitAll
public class CustomerActionMail {

    @Inject
    Contacts contacts;

    @Inject
    Outbox outbox;

    @Inject
    Incidents incidents;

    public void actionAwaited(Incident incident, ResponseAction card) {
        String target = incidents.targetName(card);
        contacts.of(incident.getTenantId()).stream().filter(c -> c.isIncidentNotification()).forEach(c -> outbox.enqueue(c.getEmail(),
                "Action needed on incident " + incident.getKey() + ": " + clip(incident.getTitle()), """
                        Hello,

                        The provider's security experts recommend an action on the incident
                        %s "%s" (severity %s):

                            %s on %s

                        Why: %s

                        Open the incident in the MXDR Console to answer: "I've completed this action"
                        or "Skip".
                        """.formatted(incident.getKey(), incident.getTitle(), incident.getSeverity(), card.getType().label(), target, card.getRationale() != null ? card.getRationale() : card.getReason())));
    }

    private static String clip(String s) {
        return s.length() <= 200 ? s : s.substring(0, 197) + "...";
    }
}
