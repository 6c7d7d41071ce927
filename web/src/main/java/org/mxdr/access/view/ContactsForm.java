package org.mxdr.access.view;

import java.io.Serializable;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.mxdr.access.boundary.ContactService;
import org.mxdr.access.entity.Contact;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.NotFound;
import org.mxdr.platform.view.FieldMessages;

/**
 * The Contacts page: the list and the form that adds one, shared by the wizard and the page
 * under Settings > Experts. Each added contact gets an email.
 */
@Dependent
public class ContactsForm implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "contactForm";

    @Inject
    transient ContactService contacts;

    private String tenantId;
    private List<Contact> list = List.of();
    private String name;
    private String email;
    private String phone;
    private boolean incidentNotification = true;
    private boolean serviceReview;

    void load(String tenantId) {
        this.tenantId = tenantId;
        list = contacts.list(tenantId);
    }

    public void add() {
        try {
            Contact added = contacts.add(tenantId, name, email, phone, incidentNotification, serviceReview);
            FieldMessages.info(added.getName() + " is added; an email tells " + added.getEmail() + ".");
            name = null;
            email = null;
            phone = null;
            incidentNotification = true;
            serviceReview = false;
        } catch (BadInput | Conflict | NotFound refused) {
            FieldMessages.show(FORM, refused);
        }
        list = contacts.list(tenantId);
    }

    public void remove(String contactId) {
        try {
            contacts.remove(tenantId, contactId);
            FieldMessages.info("The contact is removed.");
        } catch (BadInput | Conflict | NotFound refused) {
            FieldMessages.show(FORM, refused);
        }
        list = contacts.list(tenantId);
    }

    public boolean isIncidentContactPresent() {
        return list.stream().anyMatch(Contact::isIncidentNotification);
    }

    public List<Contact> getList() {
        return list;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isIncidentNotification() {
        return incidentNotification;
    }

    public void setIncidentNotification(boolean incidentNotification) {
        this.incidentNotification = incidentNotification;
    }

    public boolean isServiceReview() {
        return serviceReview;
    }

    public void setServiceReview(boolean serviceReview) {
        this.serviceReview = serviceReview;
    }
}
