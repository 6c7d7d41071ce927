package org.mxdr.access.boundary;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.mxdr.access.control.Contacts;
import org.mxdr.access.entity.Contact;
import org.mxdr.access.entity.LadderPlace;
import org.mxdr.platform.Caller;
import org.mxdr.platform.Callers;
import org.mxdr.platform.Roles;
import org.mxdr.platform.TenantId;

/** The Contacts page and {@code /tenants/{t}/contacts}: the tenant's own admin only. */
@Stateless
@RolesAllowed(Roles.TENANT_ADMIN)
public class ContactService {
    @Inject
    Callers callers;

    @Inject
    Contacts contacts;

    public List<Contact> list(@TenantId String tenantId) {
        callers.requireTenant(tenantId, "read contacts");
        return contacts.of(tenantId);
    }

    /** Adds a contact and emails it; each bad value is refused naming its field. */
    public Contact add(@TenantId String tenantId, String name, String email, String phone,
                       boolean incidentNotification, boolean serviceReview) {
        return add(tenantId, name, email, phone, incidentNotification, serviceReview, LadderPlace.DEFAULT);
    }

    /** As above, with the incident contact's place on the escalation ladder and its working hours. */
    public Contact add(@TenantId String tenantId, String name, String email, String phone,
                       boolean incidentNotification, boolean serviceReview, LadderPlace ladder) {
        Caller caller = callers.requireTenant(tenantId, "add contact");
        return contacts.add(caller.username(), tenantId, name, email, phone, incidentNotification, serviceReview, ladder);
    }

    public void remove(@TenantId String tenantId, String contactId) {
        Caller caller = callers.requireTenant(tenantId, "remove contact");
        contacts.remove(caller.username(), tenantId, contactId);
    }
}
