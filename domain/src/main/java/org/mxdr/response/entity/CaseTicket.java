package org.mxdr.response.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mxdr.platform.Conflict;

/** The provider's own follow-up on an incident (or a tenant): opened and closed by its staff. */
@Entity
@Table(name = "case_ticket")
@NamedQuery(name = CaseTicket.OF_INCIDENT, query = "SELECT t FROM CaseTicket t WHERE t.incidentId = :incident ORDER BY t.openedAt, t.id")
public class CaseTicket {
    public static final String OF_INCIDENT = "CaseTicket.ofIncident";

    public enum State { OPEN, CLOSED }

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "incident_id", length = 36)
    private String incidentId;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 4000)
    private String body;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected CaseTicket() {
    }

    public static CaseTicket open(Incident incident, String title, String body, String by, Instant now) {
        CaseTicket t = new CaseTicket();
        t.id = UUID.randomUUID().toString();
        t.incidentId = incident.getId();
        t.tenantId = incident.getTenantId();
        t.title = Texts.required("title", title, 300, "The title");
        t.body = Texts.required("body", body, 4000, "The description");
        t.state = State.OPEN;
        t.openedBy = Objects.requireNonNull(by);
        t.openedAt = now;
        return t;
    }

    public void close(String by, Instant now) {
        if (state == State.CLOSED) {
            throw new Conflict("The ticket was closed already by " + closedBy + ".");
        }
        state = State.CLOSED;
        closedBy = by;
        closedAt = now;
    }

    public String getId() {
        return id;
    }

    public String getIncidentId() {
        return incidentId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    public State getState() {
        return state;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
