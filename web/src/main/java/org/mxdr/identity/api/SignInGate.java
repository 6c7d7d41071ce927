package org.mxdr.identity.api;

import java.io.IOException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import io.undertow.security.api.SecurityContext;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;

import org.mxdr.identity.control.SignInThrottle;
import org.mxdr.platform.DatabaseFailures;
import org.mxdr.platform.api.ApiExceptionMapper;
import org.mxdr.platform.health.DatabaseProbe;

/**
 * Stands before the server's sign-in mechanisms: a source that failed too often is refused before
 * any password is checked (429 JSON with Retry-After on the API, the login page with a message in
 * the console), and every outcome is counted. HTTP Basic is checked here, so wrong credentials
 * get the API's JSON 401 rather than the console's login page. The client address is the
 * connection's, or X-Forwarded-For only where the listener is told to trust a proxy. While the
 * database cannot be reached, sign-ins get 503 (JSON on the API, the console's page otherwise),
 * never a "wrong password" that sends people to reset theirs.
 */
public class SignInGate implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(SignInGate.class.getName());
    private static final String TOKEN_ENDPOINT = "/api/v1/oauth/token";
    private final HttpHandler next;

    public SignInGate(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        if (exchange.getRequestPath().endsWith(TOKEN_ENDPOINT)) {
            handOverClientCredentials(exchange);
            next.handleRequest(exchange);
            return;
        }
        if (bearer(exchange)) {
            signInWithToken(exchange);
            return;
        }
        SignInAttempt attempt = SignInAttempt.of(exchange);
        if (attempt == null) {
            if (!exchange.getRequestHeaders().contains(Headers.AUTHORIZATION)) {
                exchange.addResponseCommitListener(SignInGate::loginPageForPeople);
            }
            next.handleRequest(exchange);
            return;
        }
        String address = exchange.getSourceAddress() == null ? "unknown" : exchange.getSourceAddress().getAddress().getHostAddress();
        SignInThrottle throttle = CDI.current().select(SignInThrottle.class).get();
        Duration wait;
        try {
            wait = throttle.refusal(address, attempt.username());
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isUnavailable(e) && databaseReachable()) {
                throw e;
            }
            unavailable(exchange, attempt);
            return;
        }
        if (!wait.isZero()) {
            refuse(exchange, attempt, seconds(wait));
            return;
        }
        if (attempt.basic()) {
            signInStateless(exchange, attempt, throttle, address);
            return;
        }
        String password = attempt.formPassword(exchange);
        next.handleRequest(exchange);
        SecurityContext security = exchange.getSecurityContext();
        record(throttle, address, attempt.username(), password, security != null && security.isAuthenticated());
    }

    /**
     * The token endpoint authenticates the client itself (a service account is no user of the
     * realm): its Basic credentials go to the resource as a request attribute, out of the
     * mechanisms' way, and are never counted as a person's sign-in.
     */
    private static void handOverClientCredentials(HttpServerExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            ServletRequestContext context = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
            context.getServletRequest().setAttribute(TokenResource.CLIENT_AUTHORIZATION, authorization);
            exchange.getRequestHeaders().remove(Headers.AUTHORIZATION);
        }
    }

    /**
     * The bearer mechanism's challenge (401, WWW-Authenticate: Bearer) is for machines: a browser
     * sent to the login form gets the page with status 200, as before there were tokens.
     */
    private static void loginPageForPeople(HttpServerExchange exchange) {
        if (exchange.getStatusCode() == 401 && exchange.getResponseHeaders().get(Headers.WWW_AUTHENTICATE) != null
                && exchange.getResponseHeaders().get(Headers.WWW_AUTHENTICATE).stream().anyMatch(c -> c.startsWith("Bearer"))) {
            exchange.setStatusCode(200);
            exchange.getResponseHeaders().remove(Headers.WWW_AUTHENTICATE);
        }
    }

    private static boolean bearer(HttpServerExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /**
     * A bearer token is checked by the server's token realm alone: no password, no database, no
     * throttle (a forged token costs one signature check), and no cookie counts beside it. A
     * refused token gets the API's JSON 401 from {@link SignInChallengeFilter}.
     */
    @SuppressWarnings("deprecation")
    private void signInWithToken(HttpServerExchange exchange) throws Exception {
        exchange.getRequestHeaders().remove(Headers.COOKIE);
        exchange.getRequestCookies().clear();
        next.handleRequest(exchange);
    }

    /**
     * HTTP Basic: the call's own credentials, checked once; no session cookie in or out, so the
     * console's cookie never signs a call in and a call never leaves a session behind.
     */
    @SuppressWarnings("deprecation")
    private void signInStateless(HttpServerExchange exchange, SignInAttempt attempt, SignInThrottle throttle, String address) throws Exception {
        ServletRequestContext context = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
        exchange.getRequestHeaders().remove(Headers.COOKIE);
        exchange.getRequestCookies().clear();
        boolean signedIn = login(exchange.getSecurityContext(), attempt);
        if (!signedIn && !databaseReachable()) {
            // the realm could not read the user: not a wrong password
            unavailable(exchange, attempt);
            return;
        }
        record(throttle, address, attempt.username(), attempt.password(), signedIn);
        if (!signedIn) {
            unauthorized(exchange);
            return;
        }
        String name = context.getCurrentServletContext().getSessionCookieConfig().getName();
        String cookie = name == null ? "JSESSIONID" : name;
        exchange.getResponseCookies().remove(cookie);
        try {
            next.handleRequest(exchange);
        } finally {
            // the realm keeps a signed-in identity in a session: this call's ends with it
            HttpSession session = ((HttpServletRequest) context.getServletRequest()).getSession(false);
            if (session != null) {
                session.invalidate();
                exchange.getResponseCookies().remove(cookie);
            }
        }
    }

    private static void record(SignInThrottle throttle, String address, String username, String password, boolean signedIn) {
        try {
            if (signedIn) {
                throttle.succeeded(address, username);
                return;
            }
            if (throttle.unknown(username)) {
                // the realm answered at once: spend the time a password check takes
                throttle.spendAPasswordCheck(password);
            }
            throttle.failed(address, username);
        } catch (RuntimeException e) {
            // two nodes counting the first failure of a source at once: one count is lost, nothing else
            LOG.log(Level.WARNING, "Sign-in outcome not counted for " + address + ": " + e);
        }
    }

    private static void refuse(HttpServerExchange exchange, SignInAttempt attempt, long seconds) throws IOException {
        HttpServletResponse response = response(exchange);
        if (attempt.basic()) {
            response.setHeader("Retry-After", Long.toString(seconds));
            json(response, 429, "Too many failed sign-ins from your address. Try again in " + seconds + " seconds.");
            return;
        }
        // a relative redirect, so the Host header never makes its way into it
        response.setStatus(303);
        response.setHeader("Location", exchange.getResolvedPath() + "/login.xhtml?retryAfter=" + seconds);
    }

    private static boolean databaseReachable() {
        return CDI.current().select(DatabaseProbe.class).get().reachable();
    }

    private static void unavailable(HttpServerExchange exchange, SignInAttempt attempt) throws IOException {
        LOG.warning(() -> "Sign-in of '" + attempt.username() + "' answered 503: the database cannot be reached");
        HttpServletResponse response = response(exchange);
        if (attempt.basic()) {
            response.setHeader("Retry-After", Integer.toString(ApiExceptionMapper.RETRY_SECONDS));
            json(response, 503, ApiExceptionMapper.UNAVAILABLE);
            return;
        }
        response.setStatus(303);
        response.setHeader("Location", exchange.getResolvedPath() + "/error/503.xhtml");
    }

    private static void unauthorized(HttpServerExchange exchange) throws IOException {
        HttpServletResponse response = response(exchange);
        response.setHeader("WWW-Authenticate", "Basic realm=\"MXDR\"");
        json(response, 401, "The username or password is not right.");
    }

    private static void json(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message + "\"}");
    }

    private static HttpServletResponse response(HttpServerExchange exchange) {
        return (HttpServletResponse) exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY).getServletResponse();
    }

    private static boolean login(SecurityContext security, SignInAttempt attempt) {
        try {
            return security != null && security.login(attempt.username(), attempt.password());
        } catch (RuntimeException e) {
            return false; // an empty or malformed username: no identity, a failure like any other
        }
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
