package org.mxdr.access.entity;

import java.util.List;

/**
 * Where an incident-notification contact stands on the escalation ladder and when it can be
 * reached, as entered; null values take the defaults (after the last contact; 24x7 in UTC when
 * no hours are given).
 */
public record LadderPlace(Integer order, String timeZone, List<String> workingDays, String workingFrom, String workingTo,
                          Boolean alwaysAvailable) {
    public static final LadderPlace DEFAULT = new LadderPlace(null, null, null, null, null, null);

    /** The hours: 24x7 unless days or times are given and the contact is not marked 24x7. */
    public WorkingHours hours() {
        boolean hoursGiven = (workingDays != null && !workingDays.isEmpty()) || notBlank(workingFrom) || notBlank(workingTo);
        boolean allHours = alwaysAvailable == null ? !hoursGiven : alwaysAvailable;
        return WorkingHours.of(timeZone, workingDays, workingFrom, workingTo, allHours);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
