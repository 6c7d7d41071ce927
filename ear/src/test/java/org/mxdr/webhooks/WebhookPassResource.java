package org.mxdr.webhooks;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.mxdr.webhooks.control.WebhookSender;

/**
 * Test deployments only: {@code POST /api/v1/test/webhooks/pass} runs a webhook delivery pass now
 * (or leaves it to the pass already running), so a client test that moved the test clock need not
 * wait for the sender's timer. Listed in {@code Deployments.TEST_RESOURCES}.
 */
@Path("test/webhooks/pass")
public class WebhookPassResource {

    @Inject
    WebhookSender sender;

    @POST
    public Response pass() {
        sender.deliverDue();
        return Response.noContent().build();
    }
}
