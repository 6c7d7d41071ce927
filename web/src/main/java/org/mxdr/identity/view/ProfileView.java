package org.mxdr.identity.view;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.identity.boundary.ProfileService;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.view.FieldMessages;
import org.mxdr.platform.view.ViewerZone;

/** The signed-in person's profile: the time zone the console shows times in (default the browser's). */
@Named
@ViewScoped
public class ProfileView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
            && !z.startsWith("SystemV/")).sorted().toList();

    @Inject
    transient ProfileService profiles;

    @Inject
    ViewerZone viewer;

    @Inject
    transient Clock clock;

    private String timeZone;

    public void load() {
        timeZone = viewer.getChosen();
    }

    public void save() {
        try {
            String chosen = profiles.chooseTimeZone(timeZone);
            viewer.chosen(chosen);
            timeZone = chosen;
            FieldMessages.info(chosen == null ? "Saved: times are shown in your browser's time zone." : "Saved: times are shown in " + chosen + ".");
        } catch (BadInput | Conflict refused) {
            FieldMessages.show("profileForm", refused);
        }
    }

    public List<String> getZones() {
        return ZONES;
    }

    /** The browser's zone as it reported it, for the default choice's label. */
    public String getBrowserZone() {
        ZoneId zone = viewer.getBrowserZone();
        return zone == null ? "not reported yet: UTC" : zone.getId();
    }

    public Instant getNow() {
        return Instant.now(clock);
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
