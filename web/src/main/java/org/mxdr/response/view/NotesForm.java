package org.mxdr.response.view;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.mxdr.response.boundary.ExpertRecordService;

/** The experts' own records on the incident: analyst notes and case tickets. */
@Dependent
public class NotesForm extends IncidentForm {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ExpertRecordService records;

    private String note;
    private String ticketTitle;
    private String ticketBody;

    public void addNote() {
        run("notesForm", () -> {
            records.addNote(tenantId, incidentId, note);
            note = null;
        }, "Note added.");
    }

    public void openTicket() {
        run("ticketsForm", () -> {
            records.openTicket(tenantId, incidentId, ticketTitle, ticketBody);
            ticketTitle = null;
            ticketBody = null;
        }, "Ticket opened.");
    }

    public void closeTicket(String ticketId) {
        run("ticketsForm", () -> records.closeTicket(tenantId, incidentId, ticketId), "Ticket closed.");
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getTicketTitle() {
        return ticketTitle;
    }

    public void setTicketTitle(String ticketTitle) {
        this.ticketTitle = ticketTitle;
    }

    public String getTicketBody() {
        return ticketBody;
    }

    public void setTicketBody(String ticketBody) {
        this.ticketBody = ticketBody;
    }
}
