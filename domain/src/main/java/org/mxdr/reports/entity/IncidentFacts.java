package org.mxdr.reports.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.mxdr.response.entity.ActionState;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.IncidentStatus;
import org.mxdr.response.entity.ResponseAction;

/**
 * What the reports know of one incident at one moment: a snapshot, taken in the transaction of
 * each change and delivered whole to the tenant's regional store. How we count is decided here:
 * an incident is resolved "with the customer's help" when the experts asked the customer to act
 * (at least one card), otherwise "directly by the experts"; its time to resolve splits into the
 * customer's time (awaiting the customer's action) and the experts' time (the rest). {@code slaMet}
 * holds its service-level targets' outcomes as {@code IncidentTally#outcomes()} writes them ("YN-"),
 * null in facts taken before they were kept.
 */
public record IncidentFacts(String incidentId, String tenantId, String externalId, String title, String severity, String category,
                            String tactic, String status, String classification, Instant createdAt, Instant takenAt,
                            Instant classifiedAt, Instant resolvedAt, Instant awaitingCustomerSince, long customerMs,
                            List<Asset> assets, List<Action> actions, String slaMet) {

    public static final String DEVICE = "DEVICE";
    public static final String USER = "USER";
    public static final String BY_EXPERTS = "EXPERTS";
    public static final String WITH_CUSTOMER = "WITH_CUSTOMER";

    /** A device or user involved, by the platform's id and the inventory's name (null when unknown). */
    public record Asset(String kind, String externalId, String name) {
    }

    /** An action the experts ran or a card they recommended to the customer. */
    public record Action(String actionId, String type, String target, String state, boolean recommended, Instant requestedAt,
                         Instant answeredAt) {

        /** Requested to answered: the customer's time to complete a card, or the platform's to run an action. */
        public Long answerMs() {
            return answeredAt == null ? null : Duration.between(requestedAt, answeredAt).toMillis();
        }
    }

    public static IncidentFacts of(Incident i, List<ResponseAction> actions, Map<String, String> deviceNames, Map<String, String> userNames) {
        List<Asset> assets = new java.util.ArrayList<>();
        i.getDevices().stream().sorted().forEach(d -> assets.add(new Asset(DEVICE, d, deviceNames.get(d))));
        i.getUsers().stream().sorted().forEach(u -> assets.add(new Asset(USER, u, userNames.get(u))));
        List<Action> facts = actions.stream().map(a -> new Action(a.getId(), a.getType().name(), a.getTarget(), a.getState().name(),
                a.isRecommended(), a.getRequestedAt(), a.getAnsweredAt())).toList();
        return new IncidentFacts(i.getId(), i.getTenantId(), i.getExternalId(), i.getTitle(), i.getSeverity().name(), i.getCategory(),
                i.getTactic(), i.getStatus().name(), i.getClassification() == null ? null : i.getClassification().name(), i.getCreatedAt(),
                i.getTakenAt(), i.getClassifiedAt(), i.getResolvedAt(), i.getAwaitingCustomerSince(), i.getAwaitedCustomerMs(),
                List.copyOf(assets), facts, i.serviceLevel() == null ? null : i.tally().outcomes());
    }

    public boolean resolved() {
        return IncidentStatus.RESOLVED.name().equals(status);
    }

    /** Who resolved it: {@link #BY_EXPERTS} or {@link #WITH_CUSTOMER}; null while open. */
    public String resolution() {
        if (!resolved()) {
            return null;
        }
        return cards() > 0 ? WITH_CUSTOMER : BY_EXPERTS;
    }

    /** Created to resolved; null while open. */
    public Long resolveMs() {
        return resolvedAt == null ? null : Duration.between(createdAt, resolvedAt).toMillis();
    }

    /** The experts' part of the time to resolve: all of it but the time awaiting the customer. */
    public Long expertMs() {
        Long total = resolveMs();
        return total == null ? null : Math.max(0, total - customerMs);
    }

    public int cards() {
        return (int) actions.stream().filter(Action::recommended).count();
    }

    public int cardsOpen() {
        return (int) actions.stream().filter(a -> a.recommended() && ActionState.AWAITING_CUSTOMER.name().equals(a.state())).count();
    }
}
