package org.mxdr.onboarding.view;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import org.mxdr.eligibility.boundary.EligibilityService;
import org.mxdr.onboarding.boundary.NewSubscription;
import org.mxdr.onboarding.boundary.SubscriptionService;
import org.mxdr.onboarding.boundary.SubscriptionSummary;
import org.mxdr.onboarding.entity.CreditPolicy;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.Conflict;
import org.mxdr.platform.Unmet;
import org.mxdr.platform.view.FieldMessages;
import org.primefaces.PrimeFaces;

/**
 * The subscription card of the tenant page: its summary, and for the commercial executive the
 * transact dialog (refusals with every unmet condition listed) and termination.
 */
@Named
@ViewScoped
public class SubscriptionView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient SubscriptionService subscriptions;

    @Inject
    transient EligibilityService eligibility;

    @Inject
    TenantView tenantView;

    @Inject
    transient Clock clock;

    private SubscriptionSummary summary;
    private LocalDate termStart;
    private LocalDate termEnd;
    private Integer seats;
    private CreditPolicy creditPolicy = CreditPolicy.MONTHLY;
    private String refusal;
    private List<UnmetCondition> unmet = List.of();

    public SubscriptionSummary getSummary() {
        if (summary == null) {
            summary = subscriptions.summary(tenantView.getTenant().getId());
        }
        return summary;
    }

    /** Opens the dialog with a one-year term from today. */
    public void start() {
        termStart = LocalDate.now(clock);
        termEnd = termStart.plusYears(1).minusDays(1);
        seats = null;
        creditPolicy = CreditPolicy.MONTHLY;
        refusal = null;
        unmet = List.of();
    }

    public void transact() {
        refusal = null;
        unmet = List.of();
        try {
            subscriptions.transact(tenantView.getTenant().getId(), new NewSubscription(termStart, termEnd, seats, creditPolicy));
            summary = null;
            FieldMessages.info("Subscription transacted; the welcome email goes to " + tenantView.getTenant().getAdminEmail() + ".");
            PrimeFaces.current().executeScript("PF('subscribe').hide()");
        } catch (Unmet refused) {
            refusal = refused.getMessage();
            // each prerequisite links to the devices or users that fail it
            unmet = UnmetCondition.of(refused.unmet(), eligibility.evaluate(tenantView.getTenant().getId()).unmet());
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        } catch (BadInput | Conflict | ConstraintViolationException refused) {
            FieldMessages.show("subscribeForm", refused);
        }
    }

    public void terminate() {
        try {
            subscriptions.terminate(tenantView.getTenant().getId());
            FieldMessages.info("Subscription terminated; the experts' access ended now.");
        } catch (Conflict refused) {
            FieldMessages.show("terminateForm", refused);
        }
        summary = null;
    }

    public CreditPolicy[] getCreditPolicies() {
        return CreditPolicy.values();
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public void setTermStart(LocalDate termStart) {
        this.termStart = termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public void setTermEnd(LocalDate termEnd) {
        this.termEnd = termEnd;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public CreditPolicy getCreditPolicy() {
        return creditPolicy;
    }

    public void setCreditPolicy(CreditPolicy creditPolicy) {
        this.creditPolicy = creditPolicy;
    }

    public String getRefusal() {
        return refusal;
    }

    public List<UnmetCondition> getUnmet() {
        return unmet;
    }
}
