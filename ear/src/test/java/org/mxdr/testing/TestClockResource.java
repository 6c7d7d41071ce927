package org.mxdr.testing;

import java.time.Instant;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * Test deployments only: lets client-side tests fix and reset the server's {@link TestClock}
 * ({@code PUT /api/v1/test/clock?at=...}, {@code DELETE /api/v1/test/clock}). Never in the
 * production EAR: tests add it through {@link Deployments#ear}. Callers sign in like any API client.
 */
@Path("test/clock")
public class TestClockResource {

    @PUT
    public Response fix(@QueryParam("at") String at) {
        TestClock.fixAt(Instant.parse(at));
        return Response.noContent().build();
    }

    @DELETE
    public Response reset() {
        TestClock.reset();
        return Response.noContent().build();
    }
}
