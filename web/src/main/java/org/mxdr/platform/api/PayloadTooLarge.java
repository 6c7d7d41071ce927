package org.mxdr.platform.api;

/** A request body over the limit of its endpoint; answered with 413. */
public class PayloadTooLarge extends RuntimeException {
    public PayloadTooLarge(long limit) {
        super("The request body is larger than the " + (limit >= 1024 * 1024 ? (limit / (1024 * 1024)) + " MB" : (limit / 1024) + " KB")
                + " this endpoint accepts.");
    }
}
