package org.mxdr.reports.entity;

import org.mxdr.reports.entity.ReportInputs.IncidentRow;

/**
 * The figures of a tenant's UTC day that add up over days, as the reporting store keeps them per
 * day: a period's are the sum of its days'. Means are kept as totals with their counts, so the sum
 * of days divides exactly as {@link ReportFigures#count} does over the period's rows.
 */
public record DayFigures(long investigated, long resolved, long resolvedWithCustomer, long resolveMsCount, long resolveMsTotal,
                         long expertMsCount, long expertMsTotal, long customerMsTotal) {
    public static final DayFigures NONE = new DayFigures(0, 0, 0, 0, 0, 0, 0, 0);

    public DayFigures plus(DayFigures o) {
        return new DayFigures(investigated + o.investigated, resolved + o.resolved, resolvedWithCustomer + o.resolvedWithCustomer,
                resolveMsCount + o.resolveMsCount, resolveMsTotal + o.resolveMsTotal, expertMsCount + o.expertMsCount,
                expertMsTotal + o.expertMsTotal, customerMsTotal + o.customerMsTotal);
    }

    /** One more incident created on the day. */
    DayFigures created() {
        return new DayFigures(investigated + 1, resolved, resolvedWithCustomer, resolveMsCount, resolveMsTotal, expertMsCount, expertMsTotal,
                customerMsTotal);
    }

    /** One more incident resolved on the day. */
    DayFigures resolved(IncidentRow i) {
        return new DayFigures(investigated, resolved + 1, resolvedWithCustomer + (IncidentFacts.WITH_CUSTOMER.equals(i.resolution()) ? 1 : 0),
                resolveMsCount + (i.resolveMs() == null ? 0 : 1), resolveMsTotal + (i.resolveMs() == null ? 0 : i.resolveMs()),
                expertMsCount + (i.expertMs() == null ? 0 : 1), expertMsTotal + (i.expertMs() == null ? 0 : i.expertMs()),
                customerMsTotal + i.customerMs());
    }
}
