package org.mxdr.identity.api;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The server challenges with every mechanism at once (bearer token, Basic, the login form): a
 * refused bearer token on the API gets the API's JSON 401 instead of the login page. (A browser
 * sent to the login page keeps status 200: see {@link SignInGate}.)
 */
@WebFilter(urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.FORWARD)
public class SignInChallengeFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (original != null && original.toString().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"MXDR\", error=\"invalid_token\"");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"status\":401,\"message\":\"The bearer token is not valid: expired, not signed by this server "
                    + "or malformed. Get a new one from POST /oauth/token.\",\"field\":\"Authorization\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
