package org.mxdr.identity.view;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;

import org.mxdr.identity.boundary.UserChange;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.identity.entity.AppUser;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.Role;
import org.mxdr.platform.view.FieldMessages;
import org.primefaces.PrimeFaces;

/** The users page's dialog that changes a user's email and role, and its "send a reset link" action. */
@Dependent
public class UserEditForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient UserService users;

    private String userId;
    private String username;
    private boolean tenantSide;
    private String email;
    private Role role;

    public void open(AppUser user) {
        userId = user.getId();
        username = user.getUsername();
        tenantSide = user.getRole().onTenantSide();
        email = user.getEmail();
        role = user.getRole();
    }

    public void save() {
        try {
            AppUser changed = users.update(userId, new UserChange(email, role));
            FieldMessages.info("'" + changed.getUsername() + "' now has the email " + changed.getEmail() + " and the role "
                    + changed.getRole().label() + ".");
            PrimeFaces.current().executeScript("PF('editUser').hide()");
        } catch (BadInput | Conflict | AccessDenied | NotFound | ConstraintViolationException refusal) {
            FieldMessages.show("editForm", refusal);
        }
    }

    public void sendReset(AppUser user) {
        try {
            if (users.sendPasswordReset(user.getId())) {
                FieldMessages.info("A link to choose a new password is on its way to " + user.getEmail()
                        + ". It works once, within the hour; the current password works until then.");
            } else {
                FieldMessages.show("list", new Conflict("'" + user.getUsername() + "' got three reset links within the hour; the latest one still works."));
            }
        } catch (AccessDenied | NotFound refusal) {
            FieldMessages.show("list", refusal);
        }
    }

    /** The roles on the edited user's side: a tenant's user keeps a tenant role, a provider's a provider role. */
    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(r -> r.onTenantSide() == tenantSide && r != Role.PLATFORM).toList();
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
