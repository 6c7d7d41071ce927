package org.mxdr.credits.api;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
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
import org.mxdr.credits.boundary.QuestionService;
import org.mxdr.credits.entity.Question;
import org.mxdr.credits.entity.QuestionMessage;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.api.MessageRequest;
import org.mxdr.platform.api.Paging;

@Path("tenants/{tenantId}/questions")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionResource {

    /** The request body of POST /tenants/{t}/questions. */
    public record QuestionRequest(@NotBlank(message = "A subject is required: a line saying what the question is about.") String subject,
                                  @NotBlank(message = "The question itself is required.") String body, String incidentId, Boolean emailCopy) {
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
    public Response ask(@PathParam("tenantId") String tenantId, QuestionRequest in) {
        Question q = questions.ask(tenantId, in.subject(), in.body(), in.incidentId(), Boolean.TRUE.equals(in.emailCopy()));
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
    public Response followUp(@PathParam("tenantId") String tenantId, @PathParam("questionId") String questionId, MessageRequest in) {
        QuestionMessage m = questions.followUp(tenantId, questionId, in.body());
        return created(tenantId, questionId, m);
    }

    @POST
    @Path("{questionId}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a question (expert, through the tenant's live grant at any level)",
            description = "The asker gets the answer by email when the question asked for copies.")
    public Response answer(@PathParam("tenantId") String tenantId, @PathParam("questionId") String questionId, MessageRequest in) {
        QuestionMessage m = questions.answer(tenantId, questionId, in.body());
        return created(tenantId, questionId, m);
    }

    private static Response created(String tenantId, String questionId, QuestionMessage m) {
        return Response.created(URI.create("tenants/" + tenantId + "/questions/" + questionId)).entity(QuestionJson.MessageJson.of(m)).build();
    }
}
