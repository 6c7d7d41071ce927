package org.mxdr.response.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A message of the chat between the experts and the customer on one incident. Plain text, shown escaped. */
@Entity
@Table(name = "incident_message")
@NamedQuery(name = IncidentMessage.OF_INCIDENT, query = "SELECT m FROM IncidentMessage m WHERE m.incidentId = :incident ORDER BY m.sentAt, m.id")
@NamedQuery(name = IncidentMessage.COUNT_OF_INCIDENT, query = "SELECT COUNT(m) FROM IncidentMessage m WHERE m.incidentId = :incident")
public class IncidentMessage {
    public static final String OF_INCIDENT = "IncidentMessage.ofIncident";
    public static final String COUNT_OF_INCIDENT = "IncidentMessage.countOfIncident";
    public static final int BODY_MAX = 4000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "incident_id", nullable = false, length = 36)
    private String incidentId;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "from_expert", nullable = false)
    private boolean fromExpert;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected IncidentMessage() {
    }

    public static IncidentMessage of(Incident incident, String author, boolean fromExpert, String body, Instant now) {
        IncidentMessage m = new IncidentMessage();
        m.id = UUID.randomUUID().toString();
        m.incidentId = incident.getId();
        m.tenantId = incident.getTenantId();
        m.author = Objects.requireNonNull(author);
        m.fromExpert = fromExpert;
        m.body = Texts.required("body", body, BODY_MAX, "The message");
        m.sentAt = now;
        return m;
    }

    public String getId() {
        return id;
    }

    public String getIncidentId() {
        return incidentId;
    }

    public String getAuthor() {
        return author;
    }

    public boolean isFromExpert() {
        return fromExpert;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
