package org.mxdr.response.view;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.mxdr.platform.PageRequest;
import org.mxdr.platform.view.BoundaryPages;
import org.mxdr.response.boundary.IncidentChatService;
import org.mxdr.response.entity.IncidentMessage;
import org.primefaces.model.LazyDataModel;

/** The chat between the experts and the customer on the incident, oldest first, paged. */
@Dependent
public class ChatForm extends IncidentForm {
    private static final long serialVersionUID = 1L;

    @Inject
    transient IncidentChatService chat;

    private String message;

    private final LazyDataModel<IncidentMessage> messages = new BoundaryPages<>(() -> chat.count(tenantId, incidentId),
            (first, size) -> chat.messages(tenantId, incidentId, first, size), IncidentMessage::getId, PageRequest.MAX_PAGE);

    public void send() {
        run("chatForm", () -> {
            chat.post(tenantId, incidentId, message);
            message = null;
        }, null);
    }

    public LazyDataModel<IncidentMessage> getMessages() {
        return messages;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
