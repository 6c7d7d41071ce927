package org.mxdr.credits.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mxdr.credits.boundary.CreditService;
import org.mxdr.credits.control.Ledgers;
import org.mxdr.identity.boundary.UserService;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.Caller;

/** Credits: the tenant's ledger, as of today. */
@Named
@ViewScoped
public class LedgerView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient UserService users;

    @Inject
    transient CreditService credits;

    private Ledgers.Ledger ledger;

    public void load() {
        Caller me = users.me();
        if (!me.isTenantUser()) {
            throw new AccessDenied("Credits shows a tenant's own ledger to its users.");
        }
        ledger = credits.ledger(me.tenantId());
    }

    public Ledgers.Ledger getLedger() {
        return ledger;
    }
}
