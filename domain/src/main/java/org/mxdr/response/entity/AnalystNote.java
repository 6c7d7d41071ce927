package org.mxdr.response.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** The experts' own notes on an incident: provider-only, never shown to the customer. */
@Entity
@Table(name = "analyst_note")
@NamedQuery(name = AnalystNote.OF_INCIDENT, query = "SELECT n FROM AnalystNote n WHERE n.incidentId = :incident ORDER BY n.writtenAt, n.id")
public class AnalystNote {
    public static final String OF_INCIDENT = "AnalystNote.ofIncident";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "incident_id", nullable = false, length = 36)
    private String incidentId;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected AnalystNote() {
    }

    public static AnalystNote of(Incident incident, String author, String body, Instant now) {
        AnalystNote n = new AnalystNote();
        n.id = UUID.randomUUID().toString();
        n.incidentId = incident.getId();
        n.tenantId = incident.getTenantId();
        n.author = Objects.requireNonNull(author);
        n.body = Texts.required("body", body, 4000, "The note");
        n.writtenAt = now;
        return n;
    }

    public String getId() {
        return id;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
