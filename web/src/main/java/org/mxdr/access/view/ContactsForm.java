package org.mxdr.access.view;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.mxdr.access.boundary.ContactService;
import org.mxdr.access.entity.Contact;
import org.mxdr.access.entity.LadderPlace;
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
    private Integer order;
    private String timeZone = "UTC";
    private List<String> workingDays = defaultDays();
    private String workingFrom = "09:00";
    private String workingTo = "17:00";
    private boolean alwaysAvailable = true;

    void load(String tenantId) {
        this.tenantId = tenantId;
        list = contacts.list(tenantId);
    }

    public void add() {
        try {
            LadderPlace ladder = incidentNotification
                    ? new LadderPlace(order, timeZone, workingDays, workingFrom, workingTo, alwaysAvailable) : LadderPlace.DEFAULT;
            Contact added = contacts.add(tenantId, name, email, phone, incidentNotification, serviceReview, ladder);
            FieldMessages.info(added.getName() + " is added; an email tells " + added.getEmail() + ".");
            name = null;
            email = null;
            phone = null;
            incidentNotification = true;
            serviceReview = false;
            order = null;
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

    private static List<String> defaultDays() {
        return Arrays.stream(DayOfWeek.values()).limit(5).map(d -> d.name().substring(0, 3)).toList();
    }

    /** The days to pick from, by their three-letter names. */
    public List<String> getDays() {
        return Arrays.stream(DayOfWeek.values()).map(d -> d.name().substring(0, 3)).toList();
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

    public Integer getOrder() {
        return order;
    }

    public void setOrder(Integer order) {
        this.order = order;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public List<String> getWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(List<String> workingDays) {
        this.workingDays = workingDays;
    }

    public String getWorkingFrom() {
        return workingFrom;
    }

    public void setWorkingFrom(String workingFrom) {
        this.workingFrom = workingFrom;
    }

    public String getWorkingTo() {
        return workingTo;
    }

    public void setWorkingTo(String workingTo) {
        this.workingTo = workingTo;
    }

    public boolean isAlwaysAvailable() {
        return alwaysAvailable;
    }

    public void setAlwaysAvailable(boolean alwaysAvailable) {
        this.alwaysAvailable = alwaysAvailable;
    }
}
