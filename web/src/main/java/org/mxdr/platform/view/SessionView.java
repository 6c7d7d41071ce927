package org.mxdr.platform.view;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.mxdr.platform.Role;

/** The signed-in person as the template shows them, and sign-out. Menus mirror the EJB rules. */
@Named
@RequestScoped
public class SessionView {

    @Inject
    ExternalContext external;

    public String getUsername() {
        return external.getRemoteUser();
    }

    public boolean isSignedIn() {
        return external.getRemoteUser() != null;
    }

    public Role getRole() {
        for (Role r : Role.values()) {
            if (external.isUserInRole(r.securityName())) {
                return r;
            }
        }
        return null;
    }

    public String getRoleName() {
        Role r = getRole();
        return r == null ? "" : r.securityName();
    }

    /** The role as people read it. */
    public String getRoleLabel() {
        Role r = getRole();
        return r == null ? "" : r.label();
    }

    public boolean isProvider() {
        Role r = getRole();
        return r != null && !r.onTenantSide();
    }

    public boolean isTenantUser() {
        Role r = getRole();
        return r != null && r.onTenantSide();
    }

    /** True when the caller has one of the given roles (comma-separated security names). */
    public boolean has(String roles) {
        for (String r : roles.split(",")) {
            if (external.isUserInRole(r.trim())) {
                return true;
            }
        }
        return false;
    }

    public void logout() throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
        FacesContext.getCurrentInstance().responseComplete();
    }
}
