package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.platform.ApiDocumentOperations.Op;
import org.mxdr.testing.Api;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;

/**
 * The served OpenAPI document is the contract: it has every resource method of the deployed EAR,
 * each with the answers it gives, and every operation, called anonymously, by a caller without the
 * right and with a malformed body, answers a status the document lists for it, never a 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {
    private static final String ERROR = "#/components/schemas/ApiError";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theDocumentsOperationsAreTheDeployedResourceMethods() throws Exception {
        Map<String, Op> ops = ApiDocumentOperations.operations(ApiDocumentOperations.document());
        assertEquals(ApiDocumentOperations.resourceMethods().keySet(), ops.keySet(), "the document's operations are the deployed resource methods");
        System.out.printf("OpenAPI document: %d operations, %d of them public, match the deployed resources%n",
                ops.size(), ops.values().stream().filter(Op::isPublic).count());
    }

    @Test
    void eachOperationStatesItsOwnSecurityAndAllShareOneErrorSchema() {
        JsonObject document = ApiDocumentOperations.document();
        assertTrue(!document.containsKey("security"), "no requirement for all: each operation states its own");
        assertTrue(document.getJsonObject("components").getJsonObject("schemas").containsKey("ApiError"), "one error schema");
    }

    @Test
    void anOperationIsPublicInTheDocumentExactlyWhenItIsInTheCode() throws Exception {
        Map<String, Boolean> resources = ApiDocumentOperations.resourceMethods();
        assertEveryOperation(op -> resources.get(op.key()) == null || op.isPublic() == resources.get(op.key()) ? null
                : "public is " + op.isPublic() + " in the document, " + resources.get(op.key()) + " in the code");
    }

    @Test
    void everyOperationNotPublicRequiresHttpBasicAndAnswers401And403() {
        assertEveryOperation(op -> op.isPublic()
                || op.statuses().containsAll(List.of("401", "403")) && op.json().toString().contains("\"security\":[{\"basic\"") ? null
                : "not public, but no HTTP Basic requirement, 401 and 403");
    }

    @Test
    void everyOperationHasAnAnswerReferringToApiError() {
        assertEveryOperation(op -> op.json().getJsonObject("responses").toString().contains(ERROR) ? null : "no answer refers to ApiError");
    }

    @Test
    void everyOperationWithAnIdInItsPathAnswers404() {
        assertEveryOperation(op -> !op.path().contains("{") || op.statuses().contains("404") ? null : "an id in the path but no 404");
    }

    @Test
    void everyBodyIsTypedAndAnswers400And413() {
        assertEveryOperation(op -> op.body() == null || !op.body().toString().contains("binary") && op.statuses().containsAll(List.of("400", "413")) ? null
                : "body untyped or without 400 and 413: " + op.body());
    }

    @Test
    void pageAndSizeAreIntegers() {
        assertEveryOperation(op -> op.json().containsKey("parameters") && op.json().getJsonArray("parameters").stream().map(p -> p.asJsonObject())
                .filter(p -> List.of("page", "size").contains(p.getString("name")))
                .anyMatch(p -> !p.getJsonObject("schema").toString().contains("integer")) ? "page or size not an integer" : null);
    }

    /** Every operation of the document keeps the rule: what it answers for an operation is its problem, or null. */
    private static void assertEveryOperation(Function<Op, String> problem) {
        List<String> problems = new ArrayList<>();
        for (Op op : ApiDocumentOperations.operations(ApiDocumentOperations.document()).values()) {
            String found = problem.apply(op);
            if (found != null) {
                problems.add(op.key() + ": " + found);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyOperationAnswersAsDocumented() {
        JsonObject document = ApiDocumentOperations.document();
        Map<String, Op> ops = ApiDocumentOperations.operations(document);
        String tenant = Api.createTenant("Walked " + Fixtures.unique(), "COMMERCIAL", "EU");
        String other = Api.createTenant("Other " + Fixtures.unique(), "COMMERCIAL", "EU");
        String outsider = Api.createUser("walk-reader-" + Fixtures.unique(), "tenant-reader", other);
        String platform = Api.createUser("walk-platform-" + Fixtures.unique(), "platform", null);
        ApiWalk walk = new ApiWalk(document, tenant);
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Op op : ops.values()) {
            String url = walk.url(op);
            String body = walk.validBody(op);
            // a public read answers anyone; a public form may refuse what it is sent (400, 429) as documented
            Integer anonymousAnswer = !op.isPublic() ? Integer.valueOf(401) : "GET".equals(op.verb()) ? Integer.valueOf(200) : null;
            check(op, "anonymous", walk.send(op, url, null, null, body), anonymousAnswer, wrong);
            calls++;
            if (!op.isPublic()) {
                // another tenant's reader has no right on this tenant; the platform none outside its own paths
                String caller = op.path().startsWith("/tenants/{tenantId}") || op.path().startsWith("/platform") ? outsider : platform;
                check(op, "as " + caller, walk.send(op, url, caller, Fixtures.PASSWORD, body), ANY_SIGNED_IN.contains(op.key()) ? null : 403, wrong);
                calls++;
            }
            if (body != null) {
                String malformed = "application/json".equals(ApiWalk.mediaType(op)) ? "{\"malformed\": " : "\u0000\u0001";
                check(op, "malformed body", walk.send(op, url, Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD, malformed), 400, wrong);
                calls++;
            }
        }
        System.out.printf("OpenAPI walk: %d operations, %d calls%n", ops.size(), calls);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** Operations any signed-in caller may use, so no role lacks the right. */
    private static final List<String> ANY_SIGNED_IN = List.of("GET /me");

    private static void check(Op op, String as, Api.Reply reply, Integer expected, List<String> wrong) {
        String status = String.valueOf(reply.status());
        boolean listed = op.statuses().contains(status) || reply.status() == 204 && op.statuses().contains("204");
        if (reply.status() >= 500 || !listed || expected != null && reply.status() != expected) {
            wrong.add(op.key() + " " + as + ": " + reply.status() + " (documented " + op.statuses() + ", expected "
                    + (expected == null ? "a documented one" : expected) + ") " + abbreviate(reply.body()));
        }
    }

    private static String abbreviate(String body) {
        return body == null || body.length() < 200 ? body : body.substring(0, 200) + "...";
    }
}
