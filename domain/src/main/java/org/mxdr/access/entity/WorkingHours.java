package org.mxdr.access.entity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.mxdr.platform.BadInput;
import org.mxdr.platform.Text;
import org.mxdr.platform.TimeZones;

/**
 * When a contact can be reached: working days and hours in the contact's own time zone, or at any
 * hour (24x7). Hours that end before they start run overnight, counted from the day they start on.
 */
@Embeddable
public class WorkingHours {
    public static final String DEFAULT_DAYS = "MON,TUE,WED,THU,FRI";
    private static final int MINUTES_PER_DAY = 24 * 60;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "working_days", nullable = false, length = 40)
    private String workingDays;

    @Column(name = "working_from", nullable = false)
    private int workingFrom;

    @Column(name = "working_to", nullable = false)
    private int workingTo;

    @Column(name = "always_available", nullable = false)
    private boolean alwaysAvailable;

    protected WorkingHours() {
    }

    /** Reachable at any hour; the zone only says where the contact is. */
    public static WorkingHours allHours(String timeZone) {
        return of(timeZone, null, null, null, true);
    }

    /**
     * Checked hours; each bad value is refused naming its field. Absent days mean Monday to
     * Friday, absent times 09:00 to 17:00; {@code alwaysAvailable} true ignores days and times.
     */
    public static WorkingHours of(String timeZone, Collection<String> days, String from, String to, Boolean alwaysAvailable) {
        WorkingHours h = new WorkingHours();
        h.timeZone = zone(timeZone).getId();
        h.alwaysAvailable = Boolean.TRUE.equals(alwaysAvailable);
        h.workingDays = days == null || days.isEmpty() ? DEFAULT_DAYS : days(days);
        h.workingFrom = minutes("workingFrom", from, 9 * 60);
        h.workingTo = minutes("workingTo", to, 17 * 60);
        if (!h.alwaysAvailable && h.workingFrom == h.workingTo) {
            throw new BadInput("workingTo", "The working hours end when they start; mark the contact 24x7 instead.");
        }
        return h;
    }

    /** Whether the contact is within its working hours at that instant. */
    public boolean covers(Instant at) {
        if (alwaysAvailable) {
            return true;
        }
        ZonedDateTime local = at.atZone(ZoneId.of(timeZone));
        int minute = local.getHour() * 60 + local.getMinute();
        Set<DayOfWeek> working = getWorkingDays();
        if (workingFrom < workingTo) {
            return working.contains(local.getDayOfWeek()) && minute >= workingFrom && minute < workingTo;
        }
        // overnight: the evening part belongs to today's shift, the early morning to yesterday's
        return minute >= workingFrom ? working.contains(local.getDayOfWeek())
                : minute < workingTo && working.contains(local.getDayOfWeek().minus(1));
    }

    /** In words, e.g. "Mon-Fri 09:00-17:00 (Europe/London)" or "24x7 (UTC)". */
    public String describe() {
        if (alwaysAvailable) {
            return "24x7 (" + timeZone + ")";
        }
        return daysInWords(getWorkingDays()) + " " + time(workingFrom) + "-" + time(workingTo) + " (" + timeZone + ")";
    }

    /** Runs of three days or more as ranges: "Mon-Fri", "Mon-Wed,Sat", "Sat,Sun". */
    static String daysInWords(Set<DayOfWeek> days) {
        List<String> parts = new ArrayList<>();
        DayOfWeek[] week = DayOfWeek.values();
        for (int i = 0; i < week.length; i++) {
            if (!days.contains(week[i])) {
                continue;
            }
            int end = i;
            while (end + 1 < week.length && days.contains(week[end + 1])) {
                end++;
            }
            if (end - i >= 2) {
                parts.add(shortName(week[i]) + "-" + shortName(week[end]));
            } else {
                for (int d = i; d <= end; d++) {
                    parts.add(shortName(week[d]));
                }
            }
            i = end;
        }
        return String.join(",", parts);
    }

    private static String shortName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return ZoneId.of("UTC");
        }
        return TimeZones.zone("timeZone", timeZone);
    }

    private static String days(Collection<String> days) {
        EnumSet<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        for (String day : days) {
            chosen.add(day(day));
        }
        return chosen.stream().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","));
    }

    private static DayOfWeek day(String day) {
        String d = day == null ? "" : day.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek w : DayOfWeek.values()) {
            if (d.length() >= 3 && w.name().startsWith(d)) {
                return w;
            }
        }
        throw new BadInput("workingDays", "'" + Text.abbreviate(String.valueOf(day)) + "' is not a day: use MON, TUE, WED, THU, FRI, SAT or SUN.");
    }

    private static int minutes(String field, String time, int otherwise) {
        if (time == null || time.isBlank()) {
            return otherwise;
        }
        try {
            LocalTime t = LocalTime.parse(time.strip());
            return t.getHour() * 60 + t.getMinute();
        } catch (DateTimeParseException e) {
            throw new BadInput(field, "'" + Text.abbreviate(time) + "' is not a time of day: use hours and minutes like 09:00.");
        }
    }

    private static String time(int minutes) {
        return LocalTime.of(minutes / 60 % 24, minutes % 60).toString();
    }

    public String getTimeZone() {
        return timeZone;
    }

    public Set<DayOfWeek> getWorkingDays() {
        EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (String d : workingDays.split(",")) {
            set.add(day(d));
        }
        return set;
    }

    /** The first working minute, e.g. "09:00". */
    public String getWorkingFrom() {
        return time(workingFrom);
    }

    public String getWorkingTo() {
        return time(workingTo % MINUTES_PER_DAY);
    }

    public boolean isAlwaysAvailable() {
        return alwaysAvailable;
    }
}
