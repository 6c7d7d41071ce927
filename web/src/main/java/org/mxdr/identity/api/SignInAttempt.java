package org.mxdr.identity.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;
import io.undertow.util.Methods;

/** The credentials a request tries: HTTP Basic anywhere, or the console's form post to j_security_check. */
record SignInAttempt(String username, String password, boolean basic) {
    private static final int MAX_USERNAME = 200;

    /** The attempt the request makes, or null when it tries no credentials. */
    static SignInAttempt of(HttpServerExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = "";
            }
            int colon = decoded.indexOf(':');
            return colon < 0 ? new SignInAttempt(shorten(decoded), "", true)
                    : new SignInAttempt(shorten(decoded.substring(0, colon)), decoded.substring(colon + 1), true);
        }
        if (Methods.POST.equals(exchange.getRequestMethod()) && exchange.getRequestPath().endsWith("/j_security_check")) {
            ServletRequestContext context = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
            String username = context == null ? null : context.getServletRequest().getParameter("j_username");
            return new SignInAttempt(shorten(username == null ? "" : username), null, false);
        }
        return null;
    }

    private static String shorten(String username) {
        return username.length() > MAX_USERNAME ? username.substring(0, MAX_USERNAME) : username;
    }

    String formPassword(HttpServerExchange exchange) {
        ServletRequestContext context = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
        return context == null ? null : context.getServletRequest().getParameter("j_password");
    }
}
