package org.mxdr.servicelevels.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Roles;
import org.mxdr.servicelevels.control.ServiceReviewQueries;

/** The delivery manager's service review across tenants, for one month: each tenant's service levels met and missed. */
@Stateless
@RolesAllowed({Roles.DELIVERY_MANAGER, Roles.PROVIDER_ADMIN})
public class ServiceReviewService {
    static final YearMonth FIRST = YearMonth.of(2000, 1);

    @Inject
    Clock clock;

    @Inject
    ServiceReviewQueries queries;

    @Inject
    Callers callers;

    /** The review of a month: of every tenant with a subscription, or ({@code mine}) of those the caller looks after as their delivery manager. */
    public List<ServiceReviewRow> month(@NotNull(message = "The month is required, as 2026-11.") YearMonth month, boolean mine) {
        YearMonth now = YearMonth.now(clock);
        if (month.isBefore(FIRST) || month.isAfter(now)) {
            throw new BadInput("month", "The month is one from 2000-01 to " + now + ".");
        }
        return queries.month(month, Instant.now(clock), LocalDate.now(clock), mine ? callers.current().username() : null);
    }

    /** The month under way, the one the review opens on. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock);
    }
}
