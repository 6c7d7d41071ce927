package org.mxdr.credits.entity;

import java.time.LocalDate;

/** What one subscription receives for one period: how many credits, on which day, until when. */
public record Allotment(CreditPeriod period, LocalDate assignedOn, int credits, LocalDate expiresOn) {
}
