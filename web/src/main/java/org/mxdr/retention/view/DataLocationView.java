package org.mxdr.retention.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.identity.boundary.UserService;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.view.FieldMessages;
import org.mxdr.retention.boundary.DataLocation;
import org.mxdr.retention.boundary.DataLocationService;
import org.mxdr.retention.boundary.LegalHoldService;

/**
 * Data location: where each class of a tenant's data lives and how long it is kept. A tenant user
 * sees its own tenant; a provider user the tenant named by {@code id}. The provider admin places
 * and lifts the legal hold here.
 */
@Named
@ViewScoped
public class DataLocationView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient DataLocationService locations;

    @Inject
    transient LegalHoldService holds;

    @Inject
    transient UserService users;

    private String id;
    private DataLocation location;
    private String reason;

    public void load() {
        id = tenantOf(id, users);
        location = locations.of(id);
    }

    /** The tenant named by the page's id, or the signed-in tenant user's own. */
    static String tenantOf(String id, UserService users) {
        String wanted = id == null || id.isBlank() ? users.me().tenantId() : id;
        if (wanted == null) {
            throw new NotFound("Choose a tenant from the tenant list.");
        }
        return wanted;
    }

    public void placeHold() {
        try {
            holds.place(id, reason);
            reason = null;
            location = locations.of(id);
            FieldMessages.info("The legal hold is in place: nothing of " + location.tenantName() + " is purged until it is lifted.");
        } catch (BadInput | Conflict e) {
            FieldMessages.show("holdForm", e);
        }
    }

    public void liftHold() {
        try {
            holds.lift(id);
            location = locations.of(id);
            FieldMessages.info("The legal hold is lifted.");
        } catch (Conflict e) {
            FieldMessages.show("holdForm", e);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public DataLocation getLocation() {
        return location;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
