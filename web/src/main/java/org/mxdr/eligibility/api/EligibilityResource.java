package org.mxdr.eligibility.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.eligibility.boundary.EligibilityService;
import org.mxdr.eligibility.entity.Coverage;
import org.mxdr.eligibility.entity.Eligibility;
import org.mxdr.eligibility.entity.OffendingAsset;
import org.mxdr.eligibility.entity.PrerequisiteResult;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.api.Paging;

@Path("tenants/{tenantId}/eligibility")
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityResource {

    public record EligibilityJson(boolean eligible, List<PrerequisiteResult> prerequisites, List<Coverage> coverage) {
        static EligibilityJson of(Eligibility e) {
            return new EligibilityJson(e.eligible(), e.prerequisites(), e.coverage());
        }
    }

    public record FailingPage(String key, List<OffendingAsset> items, long total, int page, int size) {
    }

    @Inject
    EligibilityService eligibility;

    @GET
    @Operation(summary = "Prerequisites (ENDPOINT_P2, ANTIVIRUS_ACTIVE, IDENTITY_P1) and coverage of the optional products "
            + "(provider roles except platform, tenant-admin)")
    public EligibilityJson get(@PathParam("tenantId") String tenantId) {
        return EligibilityJson.of(eligibility.evaluate(tenantId));
    }

    @GET
    @Path("{key}/failing")
    @Operation(summary = "The users or devices failing one prerequisite, paged")
    public FailingPage failing(@PathParam("tenantId") String tenantId, @PathParam("key") String key,
                               @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        PageRequest asked = Paging.page(page, size);
        return new FailingPage(key, eligibility.failing(tenantId, key, asked.first(), asked.size()), eligibility.countFailing(tenantId, key), asked.page(), asked.size());
    }
}
