package org.mxdr.onboarding.entity;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.EmailAddress;
import org.mxdr.platform.Text;

/** Someone's interest in the service, from the public form; worked by commercial executives. */
@Entity
@Table(name = "sales_lead")
@NamedQuery(name = Lead.RECENT_BY_EMAIL, query = "SELECT COUNT(l) FROM Lead l WHERE l.email = :email AND l.submittedAt > :since")
@NamedQuery(name = Lead.RECENT_BY_ADDRESS, query = "SELECT COUNT(l) FROM Lead l WHERE l.clientAddress = :address AND l.submittedAt > :since")
public class Lead {
    public static final String RECENT_BY_EMAIL = "Lead.recentByEmail";
    public static final String RECENT_BY_ADDRESS = "Lead.recentByAddress";
    public static final int TEXT_MAX = 200;
    public static final int MESSAGE_MAX = 4000;
    public static final int SEATS_MAX = 10_000_000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = TEXT_MAX)
    private String name;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = TEXT_MAX)
    private String organisation;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(nullable = false)
    private int seats;

    @Column(nullable = false, length = MESSAGE_MAX)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LeadState state;

    @Column(length = MESSAGE_MAX)
    private String notes;

    @Column(name = "client_address", nullable = false, length = 64)
    private String clientAddress;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 64)
    private String updatedBy;

    /** The tenant the lead became, once converted; a lead becomes one tenant at most. */
    @Column(name = "tenant_id", length = 36)
    private String tenantId;

    @Version
    private long version;

    protected Lead() {
    }

    public static Lead submit(String name, String email, String organisation, String country, Integer seats, String message,
                              String clientAddress, Instant at) {
        Lead lead = new Lead();
        lead.id = UUID.randomUUID().toString();
        lead.name = text("name", "Your name", name, TEXT_MAX, true);
        lead.email = EmailAddress.normalise("email", email);
        lead.organisation = text("organisation", "The organisation", organisation, TEXT_MAX, true);
        lead.country = Countries.code(country).orElseThrow(() -> new BadInput("country",
                country == null || country.isBlank() ? "The country is required." : "'" + Text.abbreviate(country) + "' is not a country we know: use its English name or ISO code."));
        if (seats == null) {
            throw new BadInput("seats", "The number of seats is required.");
        }
        if (seats < 1 || seats > SEATS_MAX) {
            throw new BadInput("seats", "The number of seats must be between 1 and " + SEATS_MAX + ".");
        }
        lead.seats = seats;
        lead.message = message == null ? "" : text("message", "The message", message, MESSAGE_MAX, false);
        lead.state = LeadState.NEW;
        lead.clientAddress = Objects.requireNonNull(clientAddress);
        lead.submittedAt = Objects.requireNonNull(at);
        lead.updatedAt = at;
        return lead;
    }

    /** A commercial executive moves the lead on and keeps notes; stale edits are refused. */
    public void work(LeadState next, String newNotes, long expectedVersion, String by, Instant at) {
        if (expectedVersion != version) {
            throw new Conflict("Someone else changed this lead in the meantime; reload it and try again.");
        }
        if (next == null) {
            throw new BadInput("state", "The state is required: one of NEW, CONTACTED, WON, LOST.");
        }
        if (!state.mayMoveTo(next)) {
            throw new BadInput("state", "A lead that is " + state.label().toLowerCase() + " cannot go back to new; reopen it as contacted.");
        }
        state = next;
        notes = newNotes == null || newNotes.isBlank() ? null : text("notes", "The notes", newNotes, MESSAGE_MAX, false);
        updatedBy = by;
        updatedAt = at;
    }

    /**
     * The lead became the tenant: it is won and linked to it. Refused for a lead already converted,
     * or changed by someone else since it was read.
     */
    public void convertedTo(String tenant, long expectedVersion, String by, Instant at) {
        checkConvertible(expectedVersion);
        tenantId = Objects.requireNonNull(tenant);
        state = LeadState.WON;
        updatedBy = by;
        updatedAt = at;
    }

    /** Refuses the conversion of a lead that became a tenant already, or was changed since it was read. */
    public void checkConvertible(long expectedVersion) {
        if (isConverted()) {
            throw new Conflict("This lead became a tenant already; open that tenant instead.");
        }
        if (expectedVersion != version) {
            throw new Conflict("Someone else changed this lead in the meantime; reload it and try again.");
        }
    }

    /** For the audit trail: what a change of the lead changed. */
    public String describe() {
        return "lead=" + id + "; organisation=" + organisation + "; state=" + state + (tenantId == null ? "" : "; tenant=" + tenantId);
    }

    private static String text(String field, String what, String value, int max, boolean required) {
        String trimmed = required ? Text.required(field, value, what + " is required.") : value == null ? "" : value.strip();
        if (trimmed.length() > max) {
            throw new BadInput(field, what + " must have at most " + max + " characters.");
        }
        return trimmed;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getCountry() {
        return country;
    }

    public String getCountryName() {
        return Countries.name(country);
    }

    public int getSeats() {
        return seats;
    }

    public String getMessage() {
        return message;
    }

    public LeadState getState() {
        return state;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public String getTenantId() {
        return tenantId;
    }

    public boolean isConverted() {
        return tenantId != null;
    }

    public long getVersion() {
        return version;
    }
}
