package org.mxdr.access.view;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.access.boundary.SettingsWizardService;
import org.mxdr.access.boundary.WizardState;
import org.mxdr.access.entity.Permissions;
import org.mxdr.access.entity.WizardStep;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.view.FieldMessages;

/**
 * The settings wizard: Permissions, Exclusions, Contacts, Review and submit. Each step is saved
 * when it is left, so the wizard opens again at the step its admin reached.
 */
@Named
@ViewScoped
public class WizardView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient SettingsWizardService wizard;

    @Inject
    transient UserService users;

    @Inject
    ExclusionsForm exclusions;

    @Inject
    ContactsForm contacts;

    private String tenantId;
    private WizardState state;
    private PermissionsForm permissions;

    public void load() {
        tenantId = TenantAdminPage.tenantOf(users);
        show(wizard.open(tenantId));
    }

    private void show(WizardState s) {
        state = s;
        permissions = PermissionsForm.of(s.permissions(), s.defaultExpiry(), s.grant().subscriptionEnd(), null);
        exclusions.load(tenantId);
        contacts.load(tenantId);
    }

    public void nextFromPermissions() {
        try {
            Permissions chosen = permissions.permissions();
            show(wizard.choosePermissions(tenantId, chosen, permissions.isUntilSubscriptionEnd()));
        } catch (BadInput | Conflict refused) {
            FieldMessages.show("permissionsForm", permissions.onPage(refused));
        }
    }

    public void nextFromExclusions() {
        try {
            show(wizard.chooseExclusions(tenantId, exclusions.getDeviceGroups(), exclusions.getUserGroups(), exclusions.getVersion()));
        } catch (BadInput | Conflict refused) {
            FieldMessages.show("exclusionsForm", refused);
        }
    }

    public void skipExclusions() {
        try {
            show(wizard.skipExclusions(tenantId, exclusions.getVersion()));
        } catch (BadInput | Conflict refused) {
            FieldMessages.show("exclusionsForm", refused);
        }
    }

    public void goTo(WizardStep step) {
        try {
            show(wizard.goTo(tenantId, step));
        } catch (Conflict refused) {
            FieldMessages.show("wizardForm", refused);
        }
    }

    public void back() {
        goTo(state.step().previous());
    }

    public void toReview() {
        goTo(WizardStep.REVIEW);
    }

    public void submit() throws IOException {
        try {
            wizard.submit(tenantId);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            FieldMessages.info("Submitted: the experts' access is granted as reviewed.");
            external.redirect(external.getRequestContextPath() + "/console/settings/experts.xhtml?granted=true");
        } catch (BadInput | Conflict refused) {
            FieldMessages.show("reviewForm", refused);
            show(wizard.open(tenantId));
        }
    }

    public void restart() {
        try {
            show(wizard.restart(tenantId));
        } catch (Conflict refused) {
            FieldMessages.show("wizardForm", refused);
        }
    }

    public WizardState getState() {
        return state;
    }

    /** Whether the organisation has a subscription that access can be granted under. */
    public boolean isSubscribed() {
        return state.grant().subscriptionEnd() != null;
    }

    public int getStepIndex() {
        return state.step().ordinal();
    }

    public List<WizardStep> getSteps() {
        return List.of(WizardStep.values());
    }

    public boolean at(String step) {
        return !state.submitted() && state.step() == WizardStep.valueOf(step);
    }

    public PermissionsForm getPermissions() {
        return permissions;
    }

    public ExclusionsForm getExclusions() {
        return exclusions;
    }

    public ContactsForm getContacts() {
        return contacts;
    }

    /** The permissions as they will be granted, in plain words, for the review. */
    public List<String> getReviewWords() {
        return state.permissions().inPlainWords();
    }
}
