package org.mxdr.platform.view;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;

import org.mxdr.identity.boundary.ProfileService;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.TimeZones;

/**
 * The time zone the viewer sees times in: the one chosen in the profile, else the browser's (which
 * console.js keeps in the {@value #COOKIE} cookie), else UTC. Read from the profile once per session.
 */
@Named
@SessionScoped
public class ViewerZone implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The browser's zone, as console.js writes it on every page. */
    public static final String COOKIE = "mxdr-tz";

    @Inject
    transient ProfileService profiles;

    private String chosen;
    private boolean read;

    public ZoneId zone() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!read && external.getRemoteUser() != null) {
            chosen = profiles.timeZone();
            read = true;
        }
        if (chosen != null) {
            return ZoneId.of(chosen);
        }
        ZoneId browser = getBrowserZone();
        return browser == null ? ZoneOffset.UTC : browser;
    }

    /** The zone the browser reports, or null before it said (or when it said nonsense). */
    public ZoneId getBrowserZone() {
        Object cookie = FacesContext.getCurrentInstance().getExternalContext().getRequestCookieMap().get(COOKIE);
        if (cookie instanceof Cookie c && c.getValue() != null && !c.getValue().isBlank()) {
            try {
                return TimeZones.zone(COOKIE, java.net.URLDecoder.decode(c.getValue(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (BadInput | IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    /** The zone chosen in the profile, null for the browser's. */
    public String getChosen() {
        zone();
        return chosen;
    }

    /** The profile changed: shown from the next render on. */
    public void chosen(String zone) {
        chosen = zone;
        read = true;
    }
}
