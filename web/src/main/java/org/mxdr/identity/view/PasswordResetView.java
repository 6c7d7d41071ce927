package org.mxdr.identity.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import org.mxdr.identity.boundary.PasswordResetService;
import org.mxdr.identity.entity.PasswordPolicy;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.SingleUseLink;
import org.mxdr.platform.view.FieldMessages;

/**
 * The two public pages of a forgotten password: asking for a link by username (the answer never
 * says whether the account exists) and choosing the new password with the mailed link.
 */
@Named
@ViewScoped
public class PasswordResetView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PasswordResetService resets;

    private String username;
    private boolean requested;
    private String token;
    private String state;
    private String password;
    private String confirm;
    private String doneFor;

    public void request() {
        try {
            resets.request(username);
            requested = true;
        } catch (ConstraintViolationException refusal) {
            FieldMessages.show("forgot", refusal);
        }
    }

    public void load() {
        try {
            state = resets.inspect(token).name();
        } catch (NotFound unknown) {
            state = "UNKNOWN";
        }
    }

    public void save() {
        try {
            if (password != null) { // a missing password is the boundary's to name
                PasswordPolicy.checkConfirmed(password, confirm);
            }
            doneFor = resets.complete(token, password);
            state = SingleUseLink.State.USED.name();
        } catch (BadInput | ConstraintViolationException refusal) {
            FieldMessages.show("reset", refusal);
        } catch (Conflict | NotFound refused) {
            load();
        }
    }

    public String getPasswordRules() {
        return PasswordPolicy.DESCRIPTION;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public boolean isRequested() {
        return requested;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getState() {
        return state;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirm() {
        return confirm;
    }

    public void setConfirm(String confirm) {
        this.confirm = confirm;
    }

    public String getDoneFor() {
        return doneFor;
    }
}
