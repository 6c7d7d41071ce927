package org.mxdr.reports.entity;

import java.util.List;

/**
 * The definitions behind every figure of a report, written once: {@link ReportFigures} counts by
 * them and the console, the CSV and the PDF show them as they are here.
 */
public final class HowWeCount {
    public static final String INVESTIGATED = "Investigated: incidents created within the period (UTC dates, both days included).";
    public static final String RESOLVED = "Resolved: incidents resolved within the period, whenever they were created; "
            + "one created in the period and resolved after it counts as investigated, not resolved.";
    public static final String DIRECTLY = "Resolved directly by the experts: resolved without asking the customer for any action.";
    public static final String WITH_CUSTOMER = "Resolved with the customer's help: the experts gave the customer at least one action card.";
    public static final String TIME_TO_RESOLVE = "Time to resolve: from the incident's creation to its resolution, over the incidents resolved "
            + "in the period; the customer's time is the time it spent awaiting the customer's action, the experts' time is the rest.";
    public static final String CARD_TIME = "Customer's time to complete a card: from the card's request to the customer marking it completed, "
            + "the median over cards completed within the period (skipped cards are not counted).";
    public static final String BREAKDOWNS = "Severity, category, MITRE tactic and most affected devices and users: over the incidents "
            + "investigated in the period; a device or user counts once per incident.";
    public static final String CUSTOMER_ACTIONS = "Customer actions: the cards of the incidents investigated in the period, each with its state now.";
    public static final String MEDIANS = "Means and medians are of whole milliseconds, shown to the minute; the median of an even number of "
            + "values is the mean of the middle two.";

    public static final String SERVICE_LEVELS = "Service levels met: of the incidents investigated in the period, per target (acknowledge, "
            + "classify, resolve), the share met of those decided: met, done late or breached; a target still running is not counted.";
    public static final List<String> ALL = List.of(INVESTIGATED, RESOLVED, DIRECTLY, WITH_CUSTOMER, TIME_TO_RESOLVE, CARD_TIME, BREAKDOWNS,
            CUSTOMER_ACTIONS, SERVICE_LEVELS, MEDIANS);

    private HowWeCount() {
    }
}
