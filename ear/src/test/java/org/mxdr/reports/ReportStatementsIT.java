package org.mxdr.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.onboarding.entity.Region;
import org.mxdr.platform.CursorPage;
import org.mxdr.reports.control.ReportFacts;
import org.mxdr.reports.entity.CustomerActions;
import org.mxdr.reports.entity.ReportFigures;
import org.mxdr.reports.entity.ReportInputs.CardRow;
import org.mxdr.reports.entity.ReportPeriod;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.GrantedTenants.Tenant;

/**
 * The reports run the same few statements on the store whatever its rows: the overview five (its
 * days, the medians' values, the counts by name, the cards' counts and first page), the trends three
 * for one month or six, a later page of cards one. Counted on the store's connection itself, for a
 * tenant with four cards in a month and one with 64 cards over four months.
 */
@ExtendWith(ArquillianExtension.class)
class ReportStatementsIT {
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final ReportPeriod IN_NOVEMBER = new ReportPeriod(NOVEMBER.atDay(1), NOVEMBER.atEndOfMonth());
    /** The last six months as of 14 December 2026, July to December. */
    static final List<ReportPeriod> SIX_MONTHS = ReportPeriod.lastMonths(6, LocalDate.of(2026, 12, 14));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear(ReportStatementsIT.class, ReportingWorld.class, StoreRows.class, ReportFixture.class);
    }

    @Inject
    ReportingWorld world;

    @BeforeEach
    void users() throws Exception {
        world.users();
    }

    @Test
    void theOverviewTakesFiveStatementsForAMonthOrAPeriodAcrossTwoWhateverTheRows() throws Exception {
        Tenant few = withFewRows();
        Tenant many = withManyRows();
        ReportPeriod around = new ReportPeriod(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 12, 14));
        for (ReportPeriod p : List.of(IN_NOVEMBER, around)) {
            assertEquals(5, statements(c -> ReportFacts.figures(c, few.id(), p)), "the overview, few rows, " + p.label());
            assertEquals(5, statements(c -> ReportFacts.figures(c, many.id(), p)), "the overview, many rows, " + p.label());
        }
    }

    @Test
    void theTrendsTakeThreeStatementsForOneMonthSixOr24WhateverTheRows() throws Exception {
        Tenant few = withFewRows();
        Tenant many = withManyRows();
        assertEquals(3, statements(c -> ReportFacts.figures(c, few.id(), SIX_MONTHS.subList(5, 6))), "the trends of one month");
        assertEquals(3, statements(c -> ReportFacts.figures(c, many.id(), SIX_MONTHS)), "the trends of six months");
        assertEquals(3, statements(c -> ReportFacts.figures(c, many.id(), ReportPeriod.lastMonths(24, LocalDate.of(2026, 12, 14)))),
                "the trends of 24 months");
    }

    @Test
    void aLaterPageOfCardsTakesOneStatementAndListsTheRest() throws Exception {
        Tenant many = withManyRows();
        ReportFigures overview = read(c -> ReportFacts.figures(c, many.id(), IN_NOVEMBER));
        assertEquals(64, overview.customerActionsTotal());
        assertEquals(CustomerActions.FIRST_PAGE, overview.customerActions().size());
        CustomerActions.Position second = CustomerActions.position(overview.cards().nextCursor());
        assertEquals(1, statements(c -> ReportFacts.customerActions(c, many.id(), IN_NOVEMBER, second, 50)), "a later page");
        CursorPage<CardRow> rest = read(c -> ReportFacts.customerActions(c, many.id(), IN_NOVEMBER, second, 50));
        assertEquals(44, rest.items().size());
        assertEquals(null, rest.nextCursor());
    }

    @Test
    void theTrendsMonthsCountAsTheOverviewOfEachMonthCountsThem() throws Exception {
        Tenant many = withManyRows();
        // the trends' months as the overview of each month counts them, but for the cards a month does not list
        List<ReportFigures> months = read(c -> ReportFacts.figures(c, many.id(), SIX_MONTHS));
        for (ReportFigures month : months) {
            ReportFigures alone = read(c -> ReportFacts.figures(c, many.id(), month.period()));
            assertEquals(alone.investigated(), month.investigated(), month.period().label());
            assertEquals(alone.medianTimeToResolve(), month.medianTimeToResolve(), month.period().label());
            assertEquals(alone.medianCustomerTaskTime(), month.medianCustomerTaskTime(), month.period().label());
            assertEquals(alone.bySeverity(), month.bySeverity(), month.period().label());
            assertEquals(alone.topDevices(), month.topDevices(), month.period().label());
            assertEquals(alone.serviceLevels(), month.serviceLevels(), month.period().label());
        }
    }

    /** A tenant of the test's own with the fixture's month of November: four cards. */
    private Tenant withFewRows() throws Exception {
        Tenant few = world.tenant("Statements few", Region.EU, false);
        world.asProviderAdmin(() -> ReportFixture.write(Region.EU, few.id(), NOVEMBER));
        return few;
    }

    /** A tenant of the test's own with the fixture's months from August to November and 60 cards more in November: 64 in that month. */
    private Tenant withManyRows() throws Exception {
        Tenant many = world.tenant("Statements many", Region.EU, false);
        world.asProviderAdmin(() -> {
            for (YearMonth m = NOVEMBER.minusMonths(3); !m.isAfter(NOVEMBER); m = m.plusMonths(1)) {
                ReportFixture.write(Region.EU, many.id(), m);
            }
            return ReportFixture.cards(Region.EU, many.id(), NOVEMBER, 60);
        });
        return many;
    }

    interface Read<T> {
        T on(Connection c) throws Exception;
    }

    private static <T> T read(Read<T> read) throws Exception {
        try (Connection c = StoreRows.store(Region.EU).getConnection()) {
            return read.on(c);
        }
    }

    /** The statements the work executes on its connection to the EU store. */
    private static long statements(Read<?> work) throws Exception {
        long[] executed = {0};
        try (Connection c = StoreRows.store(Region.EU).getConnection()) {
            work.on(counting(c, Connection.class, executed));
        }
        return executed[0];
    }

    @SuppressWarnings("unchecked")
    private static <T> T counting(T target, Class<T> type, long[] executed) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (target instanceof Statement && method.getName().startsWith("execute")) {
                executed[0]++;
            }
            Object result = invoke(method, target, args);
            if (result instanceof PreparedStatement s) {
                return counting(s, PreparedStatement.class, executed);
            }
            if (result instanceof Statement s) {
                return counting(s, Statement.class, executed);
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(ReportStatementsIT.class.getClassLoader(), new Class<?>[]{type}, handler);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
