package org.mxdr.response.entity;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.servicelevels.entity.ClockKind;
import org.mxdr.servicelevels.entity.IncidentTally;
import org.mxdr.servicelevels.entity.ServiceClocks;
import org.mxdr.servicelevels.entity.ServiceTallies;
import org.mxdr.servicelevels.entity.ServiceLevel;
import org.mxdr.servicelevels.entity.Targets;

/**
 * An incident the detection platform reported in a tenant, and its flow:
 * the experts take it and classify it; a false positive or expected activity is resolved; a true
 * positive is resolved after its actions ran, or waits for the customer's answers to its cards.
 */
@Entity
@Table(name = "incident")
@EntityListeners(ServiceTallies.class)
public class Incident {
    public static final int TITLE_MAX = 300;
    public static final int MAX_ASSETS = 500;
    public static final int REASON_MAX = 1000;
    /** What a short id starts with: {@code INC-1042}. */
    public static final String KEY_PREFIX = "INC-";
    private static final Pattern KEY = Pattern.compile("(?i)(?:INC-?)?(\\d{1,15})");

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    private String tenantId;

    /** The short id people use, unique per tenant, assigned at intake and never changed. */
    @Column(name = "incident_number", nullable = false, updatable = false)
    private long number;

    @Column(name = "external_id", nullable = false, length = 128)
    private String externalId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Severity severity;

    /** The severity's place, most severe first (0 high ... 3 informational): the queue sorted by severity pages on it. */
    @Column(name = "severity_rank", nullable = false)
    private int severityRank;

    @Column(nullable = false, length = 100)
    private String category;

    @Column(nullable = false, length = 100)
    private String tactic;

    @Column(length = 4000)
    private String evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private IncidentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "assigned_to", nullable = false, length = 16)
    private Assignee assignedTo;

    @Column(name = "taken_by", length = 64)
    private String takenBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Classification classification;

    @Column(length = 1000)
    private String determination;

    @Column(name = "classified_by", length = 64)
    private String classifiedBy;

    @Column(name = "in_device_group", nullable = false)
    private boolean inDeviceGroup;

    @ElementCollection
    @CollectionTable(name = "incident_device", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "device_external_id", length = 128)
    private Set<String> devices = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "incident_user", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "user_external_id", length = 128)
    private Set<String> users = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by", length = 64)
    private String resolvedBy;

    @Column(name = "taken_at")
    private Instant takenAt;

    @Column(name = "classified_at")
    private Instant classifiedAt;

    @Column(name = "awaiting_customer_since")
    private Instant awaitingCustomerSince;

    /** Its reopenings (never null: reopen_count is not). */
    @Embedded
    private Reopening reopening = new Reopening();

    /** Time spent awaiting the customer's action, closed periods; the reports split the time to resolve with it. */
    @Column(name = "awaited_customer_ms", nullable = false)
    private long awaitedCustomerMs;

    /** Its service level: the targets it is held to, what falls due next, the breaches notified (never null: sla_notified is not). */
    @Embedded
    private ServiceClocks clocks = new ServiceClocks();

    @Version
    private long version;

    /** What its tenant's service tally counts of it so far (as loaded or last written); null before its first write. */
    @Transient
    private IncidentTally counted;

    protected Incident() {
    }

    /** What the platform reports; checked field by field. */
    public record Report(String externalId, String title, Severity severity, String category, String tactic, String evidence,
                         Collection<String> devices, Collection<String> users) {
    }

    /** A new incident, the tenant's {@code number}th (numbers start at 1 and are never reused). */
    public static Incident report(String tenantId, long number, Report r, boolean inDeviceGroup, Instant now) {
        if (number < 1) {
            throw new IllegalArgumentException("An incident number starts at 1: " + number);
        }
        Incident i = new Incident();
        i.id = UUID.randomUUID().toString();
        i.tenantId = Objects.requireNonNull(tenantId);
        i.number = number;
        i.externalId = Texts.required("externalId", r.externalId(), 128, "The external id");
        i.apply(r, inDeviceGroup);
        i.status = IncidentStatus.NEW;
        i.assignedTo = Assignee.UNASSIGNED;
        i.createdAt = now;
        i.updatedAt = now;
        return i;
    }

    /** The platform sent the incident again: applies what changed; true when anything did. */
    public boolean update(Report r, boolean inDeviceGroup, Instant now) {
        String before = fingerprint();
        apply(r, inDeviceGroup);
        boolean changed = !before.equals(fingerprint());
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    private void apply(Report r, boolean inDeviceGroup) {
        title = Texts.required("title", r.title(), TITLE_MAX, "The title");
        if (r.severity() == null) {
            throw new BadInput("severity", "The severity is required: HIGH, MEDIUM, LOW or INFORMATIONAL.");
        }
        severity = r.severity();
        severityRank = severity.ordinal();
        category = Texts.required("category", r.category(), 100, "The category");
        tactic = Texts.required("tactic", r.tactic(), 100, "The MITRE tactic");
        evidence = Texts.optional("evidence", r.evidence(), 4000, "The evidence");
        devices.clear();
        devices.addAll(ids("devices", r.devices()));
        users.clear();
        users.addAll(ids("users", r.users()));
        this.inDeviceGroup = inDeviceGroup;
    }

    private static Set<String> ids(String field, Collection<String> ids) {
        Set<String> result = new LinkedHashSet<>();
        if (ids == null) {
            return result;
        }
        if (ids.size() > MAX_ASSETS) {
            throw new BadInput(field, "An incident involves at most " + MAX_ASSETS + " " + field + ".");
        }
        for (String id : ids) {
            result.add(Texts.required(field, id, 128, "An external id in " + field));
        }
        return result;
    }

    /** What the platform reports of the incident, as the audit trail keeps it. */
    public String reported() {
        return "externalId=" + externalId + "; title=" + title + "; severity=" + severity + "; category=" + category + "; tactic=" + tactic
                + "; devices=" + devices + "; users=" + users + (evidence == null ? "" : "; evidence="
                + (evidence.length() <= 300 ? evidence : evidence.substring(0, 297) + "..."));
    }

    private String fingerprint() {
        return String.join("|", title, severity.name(), category, tactic, String.valueOf(evidence), devices.toString(), users.toString(),
                String.valueOf(inDeviceGroup));
    }

    /** An expert takes the incident: it is the experts' now, in progress. */
    public void take(String expert, Instant now) {
        requireOpen();
        status = status == IncidentStatus.NEW ? IncidentStatus.IN_PROGRESS : status;
        assignedTo = status == IncidentStatus.AWAITING_CUSTOMER ? Assignee.CUSTOMER : Assignee.EXPERTS;
        takenBy = Objects.requireNonNull(expert);
        if (takenAt == null) {
            takenAt = now;
        }
        updatedAt = now;
        refreshServiceLevel();
    }

    /** The verdict; a false positive or expected activity is resolved at once. */
    public void classify(Classification verdict, String determination, String expert, Instant now) {
        requireOpen();
        if (verdict == null) {
            throw new BadInput("classification", "The classification is required: TRUE_POSITIVE, FALSE_POSITIVE or INFORMATIONAL_EXPECTED.");
        }
        this.determination = Texts.required("determination", determination, 1000, "The determination");
        this.classification = verdict;
        this.classifiedBy = expert;
        if (classifiedAt == null) { // the classify target was met by the first verdict; a new one after reopening does not undo it
            classifiedAt = now;
        }
        if (takenBy == null) {
            takenBy = expert;
            takenAt = now;
        }
        if (!verdict.resolvesAtOnce()) {
            if (status == IncidentStatus.NEW) {
                status = IncidentStatus.IN_PROGRESS;
                assignedTo = Assignee.EXPERTS;
            }
            updatedAt = now;
            refreshServiceLevel();
        } else {
            resolved(expert, Assignee.EXPERTS, now);
        }
    }

    /** Actions are requested on a true positive only. */
    public void requireActionable() {
        requireOpen();
        if (!isTruePositive()) {
            throw new Conflict("classification", "Classify the incident as a true positive before taking or recommending actions.");
        }
    }

    /** A card went to the customer: the incident waits for its answer. */
    public void awaitCustomer(Instant now) {
        if (awaitingCustomerSince == null) {
            awaitingCustomerSince = now;
        }
        status = IncidentStatus.AWAITING_CUSTOMER;
        assignedTo = Assignee.CUSTOMER;
        updatedAt = now;
        refreshServiceLevel();
    }

    /** Every card is answered: back with the experts, and ready to be resolved. */
    public void cardsAnswered(Instant now) {
        if (status == IncidentStatus.AWAITING_CUSTOMER) {
            stopAwaiting(now);
            status = IncidentStatus.IN_PROGRESS;
            assignedTo = Assignee.EXPERTS;
            updatedAt = now;
            refreshServiceLevel();
        }
    }

    /**
     * Resolves a classified incident whose actions are all done and cards all answered; a true
     * positive is then assigned to the customer, to follow up.
     */
    public void resolve(String by, long openActions, Instant now) {
        requireOpen();
        if (classification == null) {
            throw new Conflict("classification", "Classify the incident before resolving it.");
        }
        if (openActions > 0) {
            throw new Conflict(openActions == 1 ? "One action is still in progress or awaiting the customer's answer."
                    : openActions + " actions are still in progress or awaiting the customer's answer.");
        }
        resolved(by, classification == Classification.TRUE_POSITIVE ? Assignee.CUSTOMER : Assignee.EXPERTS, now);
    }

    /**
     * Reopens a resolved incident (a false positive that was not, say): back with the experts, in
     * progress, its verdict kept until they classify it again; the resolve clock resumes without
     * counting the time it stood resolved.
     */
    public void reopen(String by, String reason, Instant now) {
        String why = Texts.required("reason", reason, REASON_MAX, "The reason for reopening");
        if (isOpen()) {
            throw new Conflict("status", "Only a resolved incident can be reopened; this one is " + status.label().toLowerCase() + ".");
        }
        reopening.reopened(by, why, resolvedAt, now);
        status = IncidentStatus.IN_PROGRESS;
        assignedTo = Assignee.EXPERTS;
        resolvedAt = null;
        resolvedBy = null;
        updatedAt = now;
        refreshServiceLevel();
    }

    /** Whether {@link #resolve} accepts it now: open, classified, and none of its actions open. */
    public boolean isResolvable(long openActions) {
        return isOpen() && classification != null && openActions == 0;
    }

    /** Not resolved yet: the experts or the customer still work on it. */
    public boolean isOpen() {
        return status != IncidentStatus.RESOLVED;
    }

    /** Classified as a true positive: the experts take or recommend actions on it. */
    public boolean isTruePositive() {
        return classification == Classification.TRUE_POSITIVE;
    }

    /** Assigned to the experts (to the one who took it, when one did). */
    public boolean isWithExperts() {
        return assignedTo == Assignee.EXPERTS;
    }

    private void resolved(String by, Assignee to, Instant now) {
        stopAwaiting(now);
        status = IncidentStatus.RESOLVED;
        assignedTo = to;
        resolvedBy = by;
        resolvedAt = now;
        updatedAt = now;
        refreshServiceLevel();
    }

    private void stopAwaiting(Instant now) {
        if (awaitingCustomerSince != null) {
            awaitedCustomerMs += Math.max(0, now.toEpochMilli() - awaitingCustomerSince.toEpochMilli());
            awaitingCustomerSince = null;
        }
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new Conflict("The incident was resolved on " + resolvedAt + " by " + resolvedBy + ".");
        }
    }

    // ---- service levels

    /** The targets of its severity from now on, counted from intake (at intake, and when the severity changed). */
    public void holdTo(Targets targets) {
        clocks.holdTo(targets, serviceFacts());
    }

    /** Its clocks, or null when it holds no targets. */
    public ServiceLevel serviceLevel() {
        return clocks.level(serviceFacts());
    }

    /** The targets breached by then whose breach was not notified yet. */
    public List<ClockKind> breachesToNotify(Instant now) {
        return clocks.breachesToNotify(serviceFacts(), now);
    }

    /** These breaches were notified: never again, and the check next looks at the incident when another target falls due. */
    public void breachesNotified(Collection<ClockKind> kinds) {
        clocks.notified(kinds, serviceFacts());
    }

    private void refreshServiceLevel() {
        clocks.refresh(serviceFacts());
    }

    private ServiceLevel.Facts serviceFacts() {
        return new ServiceLevel.Facts(createdAt, takenAt, classifiedAt, resolvedAt, awaitedCustomerMs + reopening.stoodResolvedMs(), awaitingCustomerSince);
    }

    /** What it counts in its tenant's service tally now. */
    public IncidentTally tally() {
        return clocks.tally(tenantId, createdAt, isOpen() ? severity : null);
    }

    public IncidentTally counted() {
        return counted;
    }

    public void counted(IncidentTally tally) {
        counted = tally;
    }

    /** What falls due next, or null when nothing does. */
    public Instant getSlaDueAt() {
        return clocks.getDueAt();
    }

    /** The state for the audit trail, naming the incident by the platform's id as the view's record does. */
    public String describe() {
        return "incident=" + externalId + "; status=" + status + "; assignedTo=" + assignedTo + (classification == null ? "" : "; classification=" + classification
                + "; determination=" + determination) + reopening.describe();
    }

    public String getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public long getNumber() {
        return number;
    }

    /** The short id shown to people and accepted wherever an incident is asked for: {@code INC-1042}. */
    public String getKey() {
        return keyOf(number);
    }

    /** The short id of the tenant's {@code number}th incident. */
    public static String keyOf(long number) {
        return KEY_PREFIX + number;
    }

    /**
     * The number a short id names ({@code INC-1042}, {@code inc-1042}, {@code INC1042} or {@code 1042}),
     * or empty when the text is no short id (a UUID, say).
     */
    public static OptionalLong numberOf(String key) {
        if (key == null) {
            return OptionalLong.empty();
        }
        Matcher m = KEY.matcher(key.strip());
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    public String getExternalId() {
        return externalId;
    }

    public String getTitle() {
        return title;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getCategory() {
        return category;
    }

    public String getTactic() {
        return tactic;
    }

    public String getEvidence() {
        return evidence;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public Assignee getAssignedTo() {
        return assignedTo;
    }

    public String getTakenBy() {
        return takenBy;
    }

    public Classification getClassification() {
        return classification;
    }

    public String getDetermination() {
        return determination;
    }

    public String getClassifiedBy() {
        return classifiedBy;
    }

    public boolean isInDeviceGroup() {
        return inDeviceGroup;
    }

    public Set<String> getDevices() {
        return Set.copyOf(devices);
    }

    public Set<String> getUsers() {
        return Set.copyOf(users);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public Instant getClassifiedAt() {
        return classifiedAt;
    }

    /** When the current wait for the customer began; null when the incident is not waiting. */
    public Instant getAwaitingCustomerSince() {
        return awaitingCustomerSince;
    }

    /** Its last reopening, and how often it was reopened. */
    public Reopening getReopening() {
        return reopening;
    }

    public long getAwaitedCustomerMs() {
        return awaitedCustomerMs;
    }

    public long getVersion() {
        return version;
    }
}
