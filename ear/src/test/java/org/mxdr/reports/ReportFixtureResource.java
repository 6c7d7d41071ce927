package org.mxdr.reports;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.mxdr.onboarding.entity.Region;

/** Test only: writes {@link ReportFixture} for a tenant's months into its region's store (and ?cards= more cards), for client and browser tests. */
@Path("test/report-fixture")
public class ReportFixtureResource {

    @POST
    public Response write(@QueryParam("tenant") String tenantId, @QueryParam("month") String month, @QueryParam("cards") Integer cards)
            throws Exception {
        List<Map<String, Object>> rows = StoreRows.rows(StoreRows.operational(), "SELECT region FROM tenant WHERE id = ?", tenantId);
        Region region = Region.valueOf((String) rows.get(0).get("region"));
        for (String m : month.split(",")) {
            ReportFixture.write(region, tenantId, YearMonth.parse(m));
            if (cards != null) {
                ReportFixture.cards(region, tenantId, YearMonth.parse(m), cards);
            }
        }
        return Response.noContent().build();
    }
}
