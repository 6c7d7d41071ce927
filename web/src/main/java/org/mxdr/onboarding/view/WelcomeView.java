package org.mxdr.onboarding.view;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.mxdr.identity.entity.AppUser;
import org.mxdr.identity.entity.PasswordPolicy;
import org.mxdr.onboarding.boundary.WelcomeInfo;
import org.mxdr.onboarding.boundary.WelcomeService;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.view.FieldMessages;

/**
 * The public page behind the welcome email's link: choose a username and password, get signed
 * in, land on Settings > Experts. A used, expired or unknown link says so and offers a new one.
 */
@Named
@ViewScoped
public class WelcomeView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(WelcomeView.class.getName());

    @Inject
    transient WelcomeService welcome;

    private String token;
    private WelcomeInfo info;
    private String username;
    private String password;
    private String confirm;
    private String resentTo;
    private String resendRefusal;

    public void load() {
        info = welcome.inspect(token);
        if (username == null && info.status() == WelcomeInfo.Status.VALID) {
            username = info.suggestedUsername();
        }
    }

    public void save() throws IOException {
        List<BadInput> problems = problems();
        if (!problems.isEmpty()) {
            problems.forEach(problem -> FieldMessages.show("welcome", problem));
            return;
        }
        String name;
        try {
            name = welcome.setPassword(token, username, password);
        } catch (BadInput | NotFound | Conflict refused) {
            info = welcome.inspect(token);
            FieldMessages.show("welcome", refused);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String target = "/console/access/wizard.xhtml?welcome=true";
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(name, password);
            request.changeSessionId(); // a new session id for the signed-in session
        } catch (ServletException e) {
            LOG.log(Level.WARNING, "Sign-in after the welcome link failed for " + name + "; sending to the sign-in page", e);
            target = "/console/access/wizard.xhtml";
        }
        external.redirect(external.getRequestContextPath() + target);
        FacesContext.getCurrentInstance().responseComplete();
    }

    /**
     * Every rule the fields break, all at once rather than one per attempt; the boundary checks
     * them again, and what only it knows (a name that is taken) comes after.
     */
    private List<BadInput> problems() {
        List<BadInput> problems = new ArrayList<>();
        try {
            AppUser.checkUsername(username);
        } catch (BadInput wrongName) {
            problems.add(wrongName);
        }
        try {
            PasswordPolicy.check(username, password);
        } catch (BadInput weak) {
            problems.add(weak);
        }
        try {
            PasswordPolicy.checkConfirmed(password, confirm);
        } catch (BadInput differs) {
            problems.add(differs);
        }
        return problems;
    }

    public void resend() {
        try {
            resentTo = welcome.resend(token);
            resendRefusal = null;
        } catch (NotFound | Conflict refused) {
            resendRefusal = refused.getMessage();
        }
    }

    public String getPasswordRules() {
        return PasswordPolicy.DESCRIPTION;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public WelcomeInfo getInfo() {
        return info;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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

    public String getResendRefusal() {
        return resendRefusal;
    }

    public String getResentTo() {
        return resentTo;
    }
}
