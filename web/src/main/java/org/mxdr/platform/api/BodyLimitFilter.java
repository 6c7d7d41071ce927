package org.mxdr.platform.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses bodies over the limit with 413 before they are read into memory: at once when
 * Content-Length says so, while reading when the body is chunked.
 */
@Provider
public class BodyLimitFilter implements ContainerRequestFilter {
    public static final long DEFAULT_LIMIT = 64 * 1024;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limit();
        if (request.getLength() > limit) {
            throw new PayloadTooLarge(limit);
        }
        request.setEntityStream(new Bounded(request.getEntityStream(), limit));
    }

    private long limit() {
        if (resource != null && resource.getResourceMethod() != null) {
            BodyLimit custom = resource.getResourceMethod().getAnnotation(BodyLimit.class);
            if (custom != null) {
                return custom.bytes();
            }
        }
        return DEFAULT_LIMIT;
    }

    private static final class Bounded extends FilterInputStream {
        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new PayloadTooLarge(limit);
            }
        }
    }
}
