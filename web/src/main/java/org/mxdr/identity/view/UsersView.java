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
import org.mxdr.onboarding.entity.Tenant;
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

/** Users within the signed-in admin's reach: the list and its search, a new user (its organisation picked by name), edit, reset link, disable and enable. */
@Named
@ViewScoped
public class UsersView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient UserService users;

    @Inject
    transient TenantService tenants;

    @Inject
    UserEditForm edit;

    private Caller me;
    private LazyDataModel<AppUser> model;
    private final Map<String, String> tenantNames = new HashMap<>();
    private String username;
    private String email;
    private Role role;
    private static final int SUGGESTIONS = 20;
    private final Map<String, String> suggested = new HashMap<>();
    private String tenantName;
    private String password;
    private String search;

    @PostConstruct
    void init() {
        me = users.me();
        model = new BoundaryPages<>(() -> users.countMatching(null, search), (first, size) -> users.search(null, search, first, size),
                AppUser::getId, PageRequest.MAX_PAGE);
    }

    /** A provider admin's suggestions for the organisation: tenants whose name contains the text. */
    public List<String> completeTenant(String text) {
        List<Tenant> found = tenants.named(text, SUGGESTIONS);
        found.forEach(t -> suggested.put(t.getName(), t.getId()));
        return found.stream().map(Tenant::getName).toList();
    }

    public void create() {
        try {
            String tenant = me.isTenantUser() ? me.tenantId() : null;
            if (!me.isTenantUser() && role != null && role.onTenantSide()) {
                tenant = pickedTenant();
                if (tenant == null) {
                    FieldMessages.show("userForm", new BadInput("tenantId",
                            "Pick the organisation of this " + role.label().toLowerCase(java.util.Locale.ROOT) + " from the list."));
                    return;
                }
            }
            AppUser created = users.create(new NewUser(username, password, email, role, tenant));
            FieldMessages.info("User '" + created.getUsername() + "' created.");
            username = null;
            email = null;
            role = null;
            password = null;
            tenantName = null;
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

    /** The id of the organisation picked by name: one of the suggestions, or a tenant of exactly that name. */
    private String pickedTenant() {
        if (tenantName == null || tenantName.isBlank()) {
            return null;
        }
        String name = tenantName.strip();
        String id = suggested.get(name);
        if (id != null) {
            return id;
        }
        return tenants.named(name, SUGGESTIONS).stream().filter(t -> t.getName().equalsIgnoreCase(name))
                .map(Tenant::getId).findFirst().orElse(null);
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

    public UserEditForm getEdit() {
        return edit;
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

    public String getTenantName() {
        return tenantName;
    }

    public void setTenantName(String tenantName) {
        this.tenantName = tenantName;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
