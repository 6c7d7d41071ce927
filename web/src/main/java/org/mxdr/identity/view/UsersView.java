package org.mxdr.identity.view;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import org.mxdr.identity.boundary.NewUser;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.identity.entity.AppUser;
import org.mxdr.identity.entity.PasswordPolicy;
import org.mxdr.onboarding.boundary.TenantService;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.Role;
import org.mxdr.platform.view.BoundaryPages;
import org.mxdr.platform.view.FieldMessages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

/** Users within the signed-in admin's reach: the list, a new user, disable and enable. */
@Named
@ViewScoped
public class UsersView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient UserService users;

    @Inject
    transient TenantService tenants;

    private Caller me;
    private LazyDataModel<AppUser> model;
    private final Map<String, String> tenantNames = new HashMap<>();
    private String username;
    private String email;
    private Role role;
    private String tenantId;
    private String password;

    @PostConstruct
    void init() {
        me = users.me();
        model = new BoundaryPages<>(() -> users.count(null), (first, size) -> users.page(null, first, size), AppUser::getId,
                PageRequest.MAX_PAGE);
    }

    public void create() {
        try {
            String tenant = me.isTenantUser() ? me.tenantId() : (role != null && role.onTenantSide() ? tenantId : null);
            AppUser created = users.create(new NewUser(username, password, email, role, tenant));
            FieldMessages.info("User '" + created.getUsername() + "' created.");
            username = null;
            email = null;
            role = null;
            password = null;
            PrimeFaces.current().executeScript("PF('createUser').hide()");
        } catch (BadInput | Conflict | AccessDenied | ConstraintViolationException refusal) {
            FieldMessages.show("userForm", refusal);
        }
    }

    public void toggle(AppUser user) {
        try {
            AppUser changed = users.setEnabled(user.getId(), !user.isEnabled());
            FieldMessages.info("'" + changed.getUsername() + "' is now " + (changed.isEnabled() ? "enabled." : "disabled: it can no longer sign in."));
        } catch (Conflict | AccessDenied refusal) {
            FieldMessages.show("list", refusal);
        }
    }

    /** The roles this admin may give: a tenant admin only tenant roles. */
    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(r -> !me.isTenantUser() || r.onTenantSide()).toList();
    }

    public String tenantName(String id) {
        if (id == null) {
            return "Provider";
        }
        return tenantNames.computeIfAbsent(id, t -> tenants.get(t).getName());
    }

    public String getPasswordRules() {
        return PasswordPolicy.DESCRIPTION;
    }

    public boolean isProviderAdmin() {
        return me.is(Role.PROVIDER_ADMIN);
    }

    public LazyDataModel<AppUser> getModel() {
        return model;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
