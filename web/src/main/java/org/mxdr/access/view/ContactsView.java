package org.mxdr.access.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.identity.boundary.UserService;

/** Settings > Experts > Contacts. */
@Named
@ViewScoped
public class ContactsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient UserService users;

    @Inject
    ContactsForm form;

    public void load() {
        form.load(TenantAdminPage.tenantOf(users));
    }

    public ContactsForm getForm() {
        return form;
    }
}
