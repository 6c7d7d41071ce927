package org.mxdr.retention.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.api.Paging;
import org.mxdr.retention.boundary.PurgeService;
import org.mxdr.retention.entity.DeletionCertificate;

@Path("deletion-certificates")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

    public record CertificateJson(String id, String tenantId, String tenantName, String region, Instant endedAt, Instant retainUntil,
                                  Instant purgedAt, Map<String, Long> counts, String auditChainHash) {
        public static CertificateJson of(DeletionCertificate c) {
            return new CertificateJson(c.getId(), c.getTenantId(), c.getTenantName(), c.getRegion(), c.getEndedAt(), c.getRetainUntil(),
                    c.getPurgedAt(), c.getCounts(), c.getAuditChainHash());
        }
    }

    public record CertificatePage(List<CertificateJson> items, long total, int page, int size) {
    }

    @Inject
    PurgeService purge;

    @GET
    @Operation(summary = "The deletion certificates of purged tenants, newest first (provider-admin)")
    public CertificatePage certificates(@QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        PageRequest asked = Paging.page(page, size);
        return new CertificatePage(purge.certificates(asked.first(), asked.size()).stream().map(CertificateJson::of).toList(), purge.count(), asked.page(), asked.size());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One deletion certificate: tenant, time, counts per data class, the final hash of its audit chain (provider-admin)")
    public CertificateJson certificate(@PathParam("id") String id) {
        return CertificateJson.of(purge.certificate(id));
    }
}
