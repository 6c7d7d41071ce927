package org.mxdr.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * Turns concurrent edits into conflicts, never silent overwrites: the version the editor read is
 * compared with the stored one, and a race that passes the comparison fails at the flush.
 */
public final class Edits {
    public static final String FIELD = "version";

    private Edits() {
    }

    /**
     * Refuses when the entry changed since the editor read it.
     *
     * @param expected the version the editor read; null is refused, as it could overwrite unseen changes
     * @param changed  who changed it and when, for the message
     */
    public static void requireUnchanged(long stored, Long expected, String changed) {
        if (expected == null) {
            throw new BadInput(FIELD, "Send the version you read, so a change made meanwhile is not overwritten.");
        }
        if (stored != expected) {
            throw new Conflict(FIELD, "Changed meanwhile" + (changed == null ? "" : " (" + changed + ")")
                    + "; reload to see the change, then edit again.");
        }
    }

    /** Flushes, so a concurrent commit of the same entry is a conflict now rather than an error at commit. */
    public static <T> T flushed(EntityManager em, T entity) {
        try {
            em.flush();
            return entity;
        } catch (OptimisticLockException e) {
            throw new Conflict(FIELD, "Someone changed this entry meanwhile; reload to see the change, then edit again.");
        }
    }
}
