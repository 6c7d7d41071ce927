package org.mxdr.onboarding.view;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.mxdr.onboarding.boundary.InterestForm;
import org.mxdr.onboarding.boundary.LeadService;
import org.mxdr.onboarding.entity.Countries;
import org.mxdr.onboarding.entity.Countries.Country;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.TooManyRequests;
import org.mxdr.platform.view.FieldMessages;

/** The public interest form. */
@Named
@ViewScoped
public class InterestView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient LeadService leads;

    @Inject
    transient ExternalContext external;

    private String name;
    private String email;
    private String organisation;
    private String country;
    private Integer seats;
    private String message;
    private boolean sent;

    public void submit() {
        try {
            String address = ((HttpServletRequest) external.getRequest()).getRemoteAddr();
            leads.submit(new InterestForm(name, email, organisation, country, seats, message), address);
            sent = true;
        } catch (BadInput | ConstraintViolationException | TooManyRequests refusal) {
            FieldMessages.show("interestForm", refusal);
        }
    }

    public List<Country> getCountries() {
        return Countries.all();
    }

    public boolean isSent() {
        return sent;
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

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
