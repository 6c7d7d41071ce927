package org.mxdr.onboarding.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.mxdr.platform.BadInput;

/**
 * A subscription's term: whole days, UTC, from its first day to its last, both included. Made
 * only through {@link #of}, so a term always ends after it starts.
 */
@Embeddable
public class Term {
    @Column(name = "term_start", nullable = false)
    private LocalDate firstDay;

    @Column(name = "term_end", nullable = false)
    private LocalDate lastDay;

    protected Term() {
    }

    private Term(LocalDate firstDay, LocalDate lastDay) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    /** Refuses a missing day or an end not after the start, naming {@code termStart} or {@code termEnd}. */
    public static Term of(LocalDate start, LocalDate end) {
        if (start == null) {
            throw new BadInput("termStart", "The term start is required, as a date like 2026-12-01.");
        }
        if (end == null) {
            throw new BadInput("termEnd", "The term end is required, as a date like 2027-11-30.");
        }
        if (!end.isAfter(start)) {
            throw new BadInput("termEnd", "The term must end after it starts (" + start + ").");
        }
        return new Term(start, end);
    }

    /** Past its last day on {@code today}. */
    public boolean isOverOn(LocalDate today) {
        return today.isAfter(lastDay);
    }

    /** Its first day is still to come on {@code today}. */
    public boolean isAheadOn(LocalDate today) {
        return today.isBefore(firstDay);
    }

    /** The instant the term ends: the end of its last day, UTC. */
    public Instant endsAt() {
        return lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Term t && firstDay.equals(t.firstDay) && lastDay.equals(t.lastDay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstDay, lastDay);
    }

    /** As the audit trail writes it: {@code 2026-12-01..2027-11-30}. */
    @Override
    public String toString() {
        return firstDay + ".." + lastDay;
    }
}
