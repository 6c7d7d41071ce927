package org.mxdr.platform.api;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B instance every API answer is written with. Without a resolver the server's JSON-B
 * provider builds a new {@link Jsonb} for each response, and a new one learns every class it writes
 * afresh (reflection, annotations, serializers): under load that was a third of a list request's CPU.
 * A Jsonb is thread-safe; the defaults are the ones the answers were always written with.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {
    private static final Logger LOG = Logger.getLogger(SharedJsonb.class.getName());

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** A lifecycle callback may not throw a checked exception (CDI would only warn and may skip it). */
    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "The shared Jsonb did not close", e);
        }
    }
}
