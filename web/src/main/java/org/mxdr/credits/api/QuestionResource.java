package org.mxdr.credits.api;

import java.io.InputStream;
import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.mxdr.credits.boundary.QuestionService;
import org.mxdr.credits.entity.Question;
import org.mxdr.credits.entity.QuestionMessage;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.api.JsonBody;
import org.mxdr.platform.api.Paging;

@Path("tenants/{tenantId}/questions")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionResource {

    /** The documented request body of POST /tenants/{t}/questions. */
    public record QuestionRequest(String subject, String body, String incidentId, Boolean emailCopy) {
    }

    /** The documented request body of a follow-up or an answer. */
    public record MessageRequest(String body) {
    }

    /** The answer to POST /tenants/{t}/questions: the question's id and what it cost. */
    public record Asked(String id, String creditId, boolean beyondAllocation, String status) {
    }

    @Inject
    QuestionService questions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the experts (tenant users of the tenant)",
            description = "Consumes the credit that expires soonest; with no credit left (or, under the quarterly policy, 20 used this "
                    + "quarter) the question is accepted all the same and marked beyondAllocation. incidentId and emailCopy are optional; "
                    + "with emailCopy the asker gets a copy and each answer by email. 409 when the tenant has no active subscription.")
    @RequestBody(content = @Content(schema = @Schema(implementation = QuestionRequest.class)))
    public Response ask(@PathParam("tenantId") String tenantId, InputStream body) {
        JsonBody in = JsonBody.read(body);
        Question q = questions.ask(tenantId, in.string("subject"), in.string("body"), in.string("incidentId"),
                Boolean.TRUE.equals(in.bool("emailCopy")));
        return Response.created(URI.create("tenants/" + tenantId + "/questions/" + q.getId()))
                .entity(new Asked(q.getId(), q.getCreditId(), q.isBeyondAllocation(), q.getStatus().name())).build();
    }

    @GET
    @Operation(summary = "The tenant's questions, latest activity first (tenant users; experts through a live grant)")
    public QuestionJson.Page list(@PathParam("tenantId") String tenantId, @QueryParam("page") @DefaultValue("0") String page,
                                  @QueryParam("size") @DefaultValue("50") String size) {
        PageRequest asked = Paging.page(page, size);
        return new QuestionJson.Page(questions.list(tenantId, asked.first(), asked.size()).stream().map(q -> QuestionJson.of(q, null, null)).toList(),
                questions.count(tenantId), asked.page(), asked.size());
    }

    @GET
    @Path("{questionId}")
    @Operation(summary = "A question with its thread of answers and follow-ups (tenant users; experts through a live grant)")
    public QuestionJson thread(@PathParam("tenantId") String tenantId, @PathParam("questionId") String questionId) {
        return QuestionJson.of(questions.thread(tenantId, questionId));
    }

    @POST
    @Path("{questionId}/follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Follow up a question (tenant users of the tenant); it awaits the experts again and uses no credit")
    @RequestBody(content = @Content(schema = @Schema(implementation = MessageRequest.class)))
    public Response followUp(@PathParam("tenantId") String tenantId, @PathParam("questionId") String questionId, InputStream body) {
        QuestionMessage m = questions.followUp(tenantId, questionId, JsonBody.read(body).string("body"));
        return created(tenantId, questionId, m);
    }

    @POST
    @Path("{questionId}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a question (expert, through the tenant's live grant at any level)",
            description = "The asker gets the answer by email when the question asked for copies.")
    @RequestBody(content = @Content(schema = @Schema(implementation = MessageRequest.class)))
    public Response answer(@PathParam("tenantId") String tenantId, @PathParam("questionId") String questionId, InputStream body) {
        QuestionMessage m = questions.answer(tenantId, questionId, JsonBody.read(body).string("body"));
        return created(tenantId, questionId, m);
    }

    private static Response created(String tenantId, String questionId, QuestionMessage m) {
        return Response.created(URI.create("tenants/" + tenantId + "/questions/" + questionId)).entity(QuestionJson.MessageJson.of(m)).build();
    }
}
