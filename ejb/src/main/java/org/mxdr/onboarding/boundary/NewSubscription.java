package org.mxdr.onboarding.boundary;

import java.time.LocalDate;

import org.mxdr.onboarding.entity.CreditPolicy;

/** What the commercial executive transacts; the entity checks the term and seats, naming the field. */
public record NewSubscription(LocalDate termStart, LocalDate termEnd, Integer seats, CreditPolicy creditPolicy) {
}
