package org.mxdr.credits.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mxdr.credits.boundary.QuestionService;
import org.mxdr.platform.PageRequest;
import org.mxdr.platform.api.Paging;

/** The experts' side of Ask the experts: every question they may answer now. */
@Path("expert/questions")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertQuestionResource {

    @Inject
    QuestionService questions;

    @GET
    @Operation(summary = "The questions of every tenant whose grant lets the experts in now, latest activity first (expert)")
    public QuestionJson.Page list(@QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        PageRequest asked = Paging.page(page, size);
        return new QuestionJson.Page(questions.forExperts(asked.first(), asked.size()).stream().map(r -> QuestionJson.of(r.question(), r.tenantName(), null)).toList(),
                questions.countForExperts(), asked.page(), asked.size());
    }
}
