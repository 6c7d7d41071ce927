package org.mxdr.notify.entity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.mxdr.access.entity.Contact;

/**
 * One contact told by the escalation ladder, and why. Its acknowledge link names the step and
 * carries an HMAC-SHA256 signature over the step, the incident and the contact's address, made
 * with a key of this step alone that never leaves the server: a changed link does not verify.
 */
@Entity
@Table(name = "escalation_step")
@NamedQuery(name = EscalationStep.OF_INCIDENT, query = "SELECT s FROM EscalationStep s WHERE s.incidentId = :incidentId ORDER BY s.notifiedAt, s.contactOrder")
public class EscalationStep {
    public static final String OF_INCIDENT = "EscalationStep.ofIncident";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "incident_id", nullable = false, length = 36)
    private String incidentId;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(name = "contact_order", nullable = false)
    private int contactOrder;

    @Column(name = "contact_name", nullable = false, length = Contact.NAME_MAX)
    private String contactName;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    /** Whether this contact was put in charge (first, or by an escalation), rather than only told at intake. */
    @Column(name = "in_charge", nullable = false)
    private boolean inCharge;

    @Column(nullable = false, length = 300)
    private String reason;

    @Column(name = "notified_at", nullable = false)
    private Instant notifiedAt;

    @Column(name = "link_key", nullable = false, length = 64)
    private String linkKey;

    protected EscalationStep() {
    }

    public static EscalationStep told(Escalation run, Contact contact, boolean inCharge, String reason, Instant at) {
        EscalationStep s = new EscalationStep();
        s.id = UUID.randomUUID().toString();
        s.incidentId = run.getIncidentId();
        s.tenantId = run.getTenantId();
        s.contactOrder = Escalation.order(contact);
        s.inCharge = inCharge;
        s.contactName = contact.getName();
        s.contactEmail = contact.getEmail();
        s.reason = reason.length() > 300 ? reason.substring(0, 297) + "..." : reason;
        s.notifiedAt = Objects.requireNonNull(at);
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        s.linkKey = HEX.formatHex(key);
        return s;
    }

    /** The acknowledge link's token: the step's id and its signature. */
    public String token() {
        return id + "." + signature();
    }

    /** The step id a token names, or null when it is no token at all. */
    public static String stepId(String token) {
        if (token == null || token.length() > 200) {
            return null;
        }
        int dot = token.indexOf('.');
        return dot == 36 ? token.substring(0, dot) : null;
    }

    /** Whether the token carries this step's signature (compared in constant time). */
    public boolean signs(String token) {
        return token != null && MessageDigest.isEqual(token().getBytes(StandardCharsets.US_ASCII), token.strip().getBytes(StandardCharsets.US_ASCII));
    }

    private String signature() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HEX.parseHex(linkKey), "HmacSHA256"));
            return HEX.formatHex(mac.doFinal((id + "|" + incidentId + "|" + contactEmail).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    public String getId() {
        return id;
    }

    public String getIncidentId() {
        return incidentId;
    }

    public String getTenantId() {
        return tenantId;
    }

    public int getContactOrder() {
        return contactOrder;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public boolean isInCharge() {
        return inCharge;
    }

    public String getReason() {
        return reason;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }
}
