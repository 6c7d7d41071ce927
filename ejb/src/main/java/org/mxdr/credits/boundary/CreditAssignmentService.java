package org.mxdr.credits.boundary;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.mxdr.credits.control.CreditAssignment;
import org.mxdr.credits.entity.CreditPeriod;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Roles;

/**
 * {@code POST /jobs/credit-assignment?period=}: the provider admin runs the assignment for a
 * month or a quarter that has begun. Idempotent: a second run assigns nothing.
 */
@Stateless
@RolesAllowed(Roles.PROVIDER_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CreditAssignmentService {

    @Inject
    CreditAssignment assignment;

    public CreditAssignment.Run assign(String period) {
        CreditPeriod p = CreditPeriod.parse(period);
        LocalDate today = assignment.today();
        if (p.start().isAfter(today)) {
            throw new BadInput(CreditPeriod.FIELD, p + " has not begun: its credits are assigned from " + p.start() + " (today is " + today + ").");
        }
        return assignment.assign(p, today);
    }
}
