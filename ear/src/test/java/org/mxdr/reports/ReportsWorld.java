package org.mxdr.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.mxdr.onboarding.entity.Region;
import org.mxdr.platform.Role;
import org.mxdr.testing.ClassFixture;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;
import org.mxdr.testing.GrantedTenants.Tenant;

/**
 * The report tests' world: an EU tenant with {@link ReportFixture} for November 2026, a US tenant
 * with the same, a stray copy carrying the EU tenant's id in the US store (which no EU report may
 * read), and one user per role.
 */
@Dependent
public class ReportsWorld implements ClassFixture {
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Inject
    GrantedTenants grants;

    Tenant eu;
    Tenant us;
    String reader;
    String operator;
    String otherReader;
    String expert;
    String platform;
    String delivery;
    String commercial;

    @Override
    public void make() throws Exception {
        String u = Fixtures.unique();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        eu = grants.subscribed("Reports EU " + u, Region.EU, today.minusDays(1), today.plusYears(1));
        us = grants.subscribed("Reports US " + u, Region.US, today.minusDays(1), today.plusYears(1));
        ReportFixture.write(Region.EU, eu.id(), NOVEMBER);
        ReportFixture.write(Region.US, us.id(), NOVEMBER);
        ReportFixture.write(Region.US, eu.id(), NOVEMBER);
        reader = grants.newUser("rf-reader-" + u, Role.TENANT_READER, eu.id());
        operator = grants.newUser("rf-operator-" + u, Role.TENANT_OPERATOR, eu.id());
        otherReader = grants.newUser("rf-other-" + u, Role.TENANT_READER, us.id());
        expert = grants.newUser("rf-expert-" + u, Role.EXPERT, null);
        platform = grants.newUser("rf-platform-" + u, Role.PLATFORM, null);
        delivery = grants.newUser("rf-delivery-" + u, Role.DELIVERY_MANAGER, null);
        commercial = grants.newUser("rf-sales-" + u, Role.COMMERCIAL_EXECUTIVE, null);
    }
}
