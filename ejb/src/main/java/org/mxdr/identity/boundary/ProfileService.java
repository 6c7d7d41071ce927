package org.mxdr.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.mxdr.identity.control.UserRegistry;
import org.mxdr.identity.entity.AppUser;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.Roles;

/**
 * A person's own settings, whatever the role: the time zone the console shows times in. Each
 * signed-in person reads and changes only its own; a service account has no profile. Every role
 * may (the console asks on each signed-in page); an anonymous caller may not.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.COMMERCIAL_EXECUTIVE, Roles.DELIVERY_MANAGER, Roles.EXPERT, Roles.PLATFORM,
        Roles.TENANT_ADMIN, Roles.TENANT_OPERATOR, Roles.TENANT_READER})
public class ProfileService {

    @Inject
    Callers callers;

    @Inject
    UserRegistry users;

    /** The caller's chosen time zone (an IANA name), or null for the browser's. */
    public String timeZone() {
        return users.find(callers.current().username()).map(AppUser::getTimeZone).orElse(null);
    }

    /** Chooses the caller's time zone; blank goes back to the browser's. Answers what is now chosen. */
    public String chooseTimeZone(String zone) {
        AppUser me = users.find(callers.current().username())
                .orElseThrow(() -> new Conflict("A service account has no profile: only people choose a time zone."));
        me.chooseTimeZone(zone);
        return me.getTimeZone();
    }
}
