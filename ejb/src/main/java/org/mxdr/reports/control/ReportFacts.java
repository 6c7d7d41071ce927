package org.mxdr.reports.control;

import static org.mxdr.reports.control.DailyFigures.bind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mxdr.onboarding.entity.Region;
import org.mxdr.platform.CursorPage;
import org.mxdr.reports.entity.CustomerActions;
import org.mxdr.reports.entity.ReportFigures;
import org.mxdr.reports.entity.ReportInputs.CardRow;
import org.mxdr.reports.entity.ReportPeriod;
import org.mxdr.response.entity.ActionState;

/**
 * Reads a tenant's figures from its own region's reporting store, and only from there: the
 * tenant's days ({@link DailyFigures}) summed for one period or several at once ({@link DayReads}),
 * the period's cards by the tenant's index ({@link CardReads}), made figures by
 * {@link ReportFigures#fromDays}. The statements per call are the same few whatever the rows: five
 * for a period with its first page of cards, three for any number of months. A store that is down
 * answers {@link StoreDown}.
 */
@ApplicationScoped
public class ReportFacts {

    /** A tenant's month in the summary across tenants. */
    public record TenantMonth(long investigated, long resolved, long resolveMsTotal, long cardsPending) {
        public static final TenantMonth NONE = new TenantMonth(0, 0, 0, 0);
    }

    @Inject
    RegionalStores stores;

    /** The period's figures from the tenant's days in its store, with the first page of the period's cards and their counts. */
    public ReportFigures figures(Region region, String tenantId, ReportPeriod period) {
        try (Connection c = stores.open(region)) {
            return figures(c, tenantId, period);
        } catch (SQLException e) {
            throw stores.failed(region, e);
        }
    }

    /** The figures of each period (the months of the trends), read together; they list no cards. */
    public List<ReportFigures> figures(Region region, String tenantId, List<ReportPeriod> periods) {
        try (Connection c = stores.open(region)) {
            return figures(c, tenantId, periods);
        } catch (SQLException e) {
            throw stores.failed(region, e);
        }
    }

    /** A page of the period's cards after the cursor (null: the first page), and where the next starts. */
    public CursorPage<CardRow> customerActions(Region region, String tenantId, ReportPeriod period, String cursor, int size) {
        CustomerActions.Position after = CustomerActions.position(cursor);
        try (Connection c = stores.open(region)) {
            return customerActions(c, tenantId, period, after, size);
        } catch (SQLException e) {
            throw stores.failed(region, e);
        }
    }

    /** On an open connection to the tenant's store: the period's figures and its first page of cards, in five statements. */
    public static ReportFigures figures(Connection c, String tenantId, ReportPeriod period) throws SQLException {
        DayReads.Period p = DayReads.read(c, tenantId, List.of(period)).get(0);
        return ReportFigures.fromDays(period, p.days(), p.resolveMs(), p.cardMs(), p.counts(), p.assets(), CardReads.first(c, tenantId, period));
    }

    /** On an open connection to the tenant's store: the figures of each period, in three statements however many. */
    public static List<ReportFigures> figures(Connection c, String tenantId, List<ReportPeriod> periods) throws SQLException {
        return DayReads.read(c, tenantId, periods).stream().map(p -> ReportFigures.fromDays(p.period(), p.days(), p.resolveMs(), p.cardMs(),
                p.counts(), p.assets(), CustomerActions.NONE)).toList();
    }

    /** On an open connection to the tenant's store: a page of the period's cards after {@code after} (null: the first), in one statement. */
    public static CursorPage<CardRow> customerActions(Connection c, String tenantId, ReportPeriod period, CustomerActions.Position after,
                                                      int size) throws SQLException {
        return CursorPage.of(CardReads.page(c, tenantId, period, after, 0, size + 1), size, CustomerActions::positionOf);
    }

    /** {@code size} of the period's cards from the {@code first}th (from 0): the console's pages. */
    public List<CardRow> customerActions(Region region, String tenantId, ReportPeriod period, int first, int size) {
        try (Connection c = stores.open(region)) {
            return CardReads.page(c, tenantId, period, null, first, size);
        } catch (SQLException e) {
            throw stores.failed(region, e);
        }
    }

    /** Every card of the period in the list's order, each handed over as the store answers it. */
    public void eachCustomerAction(Region region, String tenantId, ReportPeriod period, Consumer<CardRow> each) {
        try (Connection c = stores.open(region)) {
            CardReads.all(c, tenantId, period, each);
        } catch (SQLException e) {
            throw stores.failed(region, e);
        }
    }

    /**
     * The same figures counted from the period's rows themselves, as the reports did before the
     * store kept days: the reference the day rows are checked against.
     */
    public ReportFigures countedFromRows(Region region, String tenantId, ReportPeriod period) {
        try (Connection c = stores.open(region)) {
            return ReportRows.count(c, tenantId, period);
        } catch (SQLException e) {
            throw stores.failed(region, e);
        }
    }

    /**
     * Per tenant of the region's store: the month's counts from the tenants' days, and the cards
     * pending now from the index of the cards' states.
     */
    public Map<String, TenantMonth> months(Region region, ReportPeriod period) {
        Map<String, long[]> sums = new HashMap<>();
        try (Connection c = stores.open(region)) {
            try (PreparedStatement s = c.prepareStatement("SELECT tenant_id, SUM(investigated), SUM(resolved), SUM(resolve_ms_total) FROM rpt_day "
                    + "WHERE on_day >= ? AND on_day <= ? GROUP BY tenant_id")) {
                bind(s, period.from(), period.to());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        sums.computeIfAbsent(r.getString(1), t -> new long[4]);
                        for (int i = 0; i < 3; i++) {
                            sums.get(r.getString(1))[i] = r.getLong(i + 2);
                        }
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT tenant_id, COUNT(*) FROM rpt_action WHERE state = ? AND recommended = TRUE "
                    + "GROUP BY tenant_id")) {
                bind(s, ActionState.AWAITING_CUSTOMER.name());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        sums.computeIfAbsent(r.getString(1), t -> new long[4])[3] = r.getLong(2);
                    }
                }
            }
        } catch (SQLException e) {
            throw stores.failed(region, e);
        }
        Map<String, TenantMonth> months = new HashMap<>();
        sums.forEach((tenant, n) -> months.put(tenant, new TenantMonth(n[0], n[1], n[2], n[3])));
        return months;
    }
}
