package org.mxdr.platform.api;

import java.nio.charset.StandardCharsets;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

/**
 * The server's cap on request bodies: above the largest endpoint limit (32 MB for an inventory of
 * 100,000 devices). A body declared larger gets 413 JSON and is not read; a chunked one is cut
 * off at the cap while read. (The listener's own max-post-size answers a bare 400 before any
 * handler runs, so security.cli sets it out of the way and this is the cap.)
 */
public class OversizeBodyGate implements HttpHandler {
    static final long CAP = 33L * 1024 * 1024;
    private final HttpHandler next;

    public OversizeBodyGate(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        long cap = CAP;
        if (exchange.getRequestContentLength() > cap) {
            exchange.setStatusCode(413);
            exchange.setPersistent(false);
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
            exchange.getResponseHeaders().put(Headers.CONNECTION, "close");
            exchange.getResponseSender().send("{\"status\":413,\"message\":\"The request body is larger than the server accepts ("
                    + cap + " bytes).\"}", StandardCharsets.UTF_8);
            return;
        }
        exchange.setMaxEntitySize(cap);
        next.handleRequest(exchange);
    }
}
