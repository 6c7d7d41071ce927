package org.mxdr.access.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.EmailAddress;
import org.mxdr.platform.Text;

/** A person or team the provider contacts about incidents and/or service reviews. */
@Entity
@Table(name = "expert_contact")
@NamedQuery(name = Contact.OF_TENANT, query = "SELECT c FROM Contact c WHERE c.tenantId = :tenantId "
        + "ORDER BY CASE WHEN c.ladderOrder IS NULL THEN 1 ELSE 0 END, c.ladderOrder, c.name, c.email")
@NamedQuery(name = Contact.COUNT_INCIDENT, query = "SELECT COUNT(c) FROM Contact c WHERE c.tenantId = :tenantId AND c.incidentNotification = true")
@NamedQuery(name = Contact.LADDER, query = "SELECT c FROM Contact c WHERE c.tenantId = :tenantId AND c.incidentNotification = true "
        + "ORDER BY c.ladderOrder, c.name, c.email")
@NamedQuery(name = Contact.LAST_ORDER, query = "SELECT MAX(c.ladderOrder) FROM Contact c WHERE c.tenantId = :tenantId")
@NamedQuery(name = Contact.COUNT_EMAIL, query = "SELECT COUNT(c) FROM Contact c WHERE c.tenantId = :tenantId AND c.email = :email")
public class Contact {
    public static final String OF_TENANT = "Contact.ofTenant";
    public static final String COUNT_INCIDENT = "Contact.countIncident";
    public static final String COUNT_EMAIL = "Contact.countEmail";
    /** The incident-notification contacts in the escalation ladder's order. */
    public static final String LADDER = "Contact.ladder";
    public static final String LAST_ORDER = "Contact.lastOrder";
    public static final int ORDER_MAX = 1000;
    public static final int NAME_MAX = 200;
    public static final int MAX_PER_TENANT = 100;
    /** Digits with the usual separators and an optional leading plus: 6 to 15 digits (E.164's limit). */
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()./-]{4,30}$");

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = EmailAddress.MAX_LENGTH)
    private String email;

    @Column(length = 32)
    private String phone;

    @Column(name = "incident_notification", nullable = false)
    private boolean incidentNotification;

    @Column(name = "service_review", nullable = false)
    private boolean serviceReview;

    /** The place on the escalation ladder (1 is told first); null for a service-review-only contact. */
    @Column(name = "ladder_order")
    private Integer ladderOrder;

    @Embedded
    private WorkingHours hours;

    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected Contact() {
    }

    /** A checked contact; each bad value is refused naming its field. */
    public static Contact of(String tenantId, String name, String email, String phone, boolean incidentNotification,
                             boolean serviceReview, String by, Instant now) {
        Contact c = new Contact();
        c.id = UUID.randomUUID().toString();
        c.tenantId = Objects.requireNonNull(tenantId);
        if (Text.required("name", name, "The name of the contact person or team is required.").length() > NAME_MAX) {
            throw new BadInput("name", "The name has at most " + NAME_MAX + " characters.");
        }
        c.name = name.strip();
        c.email = EmailAddress.normalise("email", email);
        c.phone = phone(phone);
        if (!incidentNotification && !serviceReview) {
            throw new BadInput("contactFor", "Choose what the contact is for: incident notification, service review or both.");
        }
        c.incidentNotification = incidentNotification;
        c.serviceReview = serviceReview;
        c.addedBy = Objects.requireNonNull(by);
        c.addedAt = Objects.requireNonNull(now);
        c.hours = WorkingHours.allHours(null);
        return c;
    }

    /**
     * Places an incident-notification contact on the escalation ladder with the hours it can be
     * reached in; a contact for service review only has no place on it.
     */
    public Contact onLadder(int order, WorkingHours workingHours) {
        if (!incidentNotification) {
            throw new BadInput("order", "Only a contact for incident notification has a place on the escalation ladder.");
        }
        if (order < 1 || order > ORDER_MAX) {
            throw new BadInput("order", "The order on the escalation ladder is a number from 1 (told first) to " + ORDER_MAX + ".");
        }
        this.ladderOrder = order;
        this.hours = Objects.requireNonNull(workingHours);
        return this;
    }

    /** Whether the contact can be reached at that instant, in its own time zone. */
    public boolean reachableAt(Instant at) {
        return hours.covers(at);
    }

    private static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String p = phone.strip();
        long digits = p.chars().filter(Character::isDigit).count();
        if (p.length() > 32 || !PHONE.matcher(p).matches() || digits < 6 || digits > 15) {
            throw new BadInput("phone", "'" + Text.abbreviate(p)
                    + "' is not a phone number: use 6 to 15 digits, optionally starting with + and the country code, e.g. +44 20 7946 0958.");
        }
        return p;
    }

    /** What the contact is for, in words. */
    public String contactFor() {
        if (incidentNotification && serviceReview) {
            return "Incident notification and service review";
        }
        return incidentNotification ? "Incident notification" : "Service review";
    }

    /** The state for the audit trail. */
    public String describe() {
        return "name=" + name + "; email=" + email + (phone == null ? "" : "; phone=" + phone) + "; for=" + contactFor()
                + (ladderOrder == null ? "" : "; ladder=" + ladderOrder + "; hours=" + hours.describe());
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isIncidentNotification() {
        return incidentNotification;
    }

    public boolean isServiceReview() {
        return serviceReview;
    }

    public Integer getLadderOrder() {
        return ladderOrder;
    }

    public WorkingHours getHours() {
        return hours;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
