package org.mxdr.platform.api;

import java.net.URI;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;

import org.mxdr.platform.Settings;

/**
 * The headers every answer carries, added as the answer is committed so that error pages, the
 * sign-in gate and the API get them alike: no sniffing, no framing, no referrer (welcome links
 * carry their token in the URL), no caching but of static resources, and one content security
 * policy: scripts only from this server, or inline with the nonce PrimeFaces' CSP mode gives each
 * console page (its own {@code script-src} directive, which this completes); never
 * {@code unsafe-inline} or {@code unsafe-eval}. A redirect to this server names the public address
 * (MXDR_PUBLIC_URL), never what the request's Host header said. HSTS and Secure cookies over TLS
 * are the server's (wildfly-config/https.cli).
 */
public class ResponseHeaders implements HttpHandler {
    static final String CSP = "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
    /** For answers that PrimeFaces did not give a nonce: static files, the API, the sign-in gate. */
    static final String SCRIPTS_FROM_THIS_SERVER = "script-src 'self'";
    private static final HttpString CONTENT_SECURITY_POLICY = new HttpString("Content-Security-Policy");
    private final HttpHandler next;

    public ResponseHeaders(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        exchange.addResponseCommitListener(ResponseHeaders::add);
        next.handleRequest(exchange);
    }

    private static void add(HttpServerExchange exchange) {
        HeaderMap headers = exchange.getResponseHeaders();
        headers.put(new HttpString("X-Content-Type-Options"), "nosniff");
        headers.put(new HttpString("X-Frame-Options"), "DENY");
        headers.put(new HttpString("Referrer-Policy"), "no-referrer");
        headers.put(CONTENT_SECURITY_POLICY, policy(headers.getFirst(CONTENT_SECURITY_POLICY)));
        if (!exchange.getRequestPath().contains("/jakarta.faces.resource/")) {
            headers.put(Headers.CACHE_CONTROL, "no-store");
        }
        String location = headers.getFirst(Headers.LOCATION);
        if (location != null) {
            headers.put(Headers.LOCATION, publicLocation(location, exchange.getRequestScheme() + "://" + exchange.getHostAndPort()));
        }
    }

    /** The whole policy, around the script directive PrimeFaces wrote with its nonce, if it wrote one. */
    static String policy(String scriptsWithNonce) {
        String scripts = scriptsWithNonce == null || scriptsWithNonce.isBlank() ? SCRIPTS_FROM_THIS_SERVER : scriptsWithNonce.trim();
        if (scripts.endsWith(";")) {
            scripts = scripts.substring(0, scripts.length() - 1);
        }
        return CSP + "; " + scripts;
    }

    /** A redirect to the address the request came to, moved to the public address; other redirects untouched. */
    static String publicLocation(String location, String requestedOrigin) {
        if (!location.startsWith(requestedOrigin + "/") && !location.equals(requestedOrigin)) {
            return location;
        }
        URI publicUrl = URI.create(Settings.publicUrl());
        String origin = publicUrl.getScheme() + "://" + publicUrl.getRawAuthority();
        return origin + location.substring(requestedOrigin.length());
    }
}
