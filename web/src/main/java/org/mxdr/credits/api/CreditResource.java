package org.mxdr.credits.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.credits.boundary.CreditService;
import org.mxdr.credits.control.Ledgers;

@Path("tenants/{tenantId}/credits")
@Produces(MediaType.APPLICATION_JSON)
public class CreditResource {

    public record CreditJson(String id, String period, LocalDate assignedOn, LocalDate expiresOn, String state, String questionId,
                             String questionSubject, Instant usedAt) {
        static CreditJson of(Ledgers.Entry e) {
            var l = e.line();
            return new CreditJson(l.id(), l.period(), l.assignedOn(), l.expiresOn(), l.state().name(), l.questionId(), e.questionSubject(),
                    l.usedAt());
        }
    }

    public record LedgerJson(String tenantId, LocalDate asOf, long assigned, long used, long expired, long remaining, List<CreditJson> credits) {
    }

    @Inject
    CreditService credits;

    @GET
    @Operation(summary = "The tenant's credit ledger as of now (tenant users, provider roles; experts through a live grant)",
            description = "Every credit assigned, newest first: assignedOn, expiresOn (the first day it can no longer be used, from 00:00 "
                    + "UTC), state AVAILABLE|USED|EXPIRED, and the question that used it. assigned = used + expired + remaining.")
    public LedgerJson ledger(@PathParam("tenantId") String tenantId) {
        Ledgers.Ledger l = credits.ledger(tenantId);
        var t = l.totals();
        return new LedgerJson(l.tenantId(), l.asOf(), t.assigned(), t.used(), t.expired(), t.remaining(),
                l.entries().stream().map(CreditJson::of).toList());
    }
}
