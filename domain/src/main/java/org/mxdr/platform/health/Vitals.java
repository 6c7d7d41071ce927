package org.mxdr.platform.health;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the health checks and the meters tell about the work in the background, as the jobs last
 * saw it (so a probe or a scrape never waits for a database or a store): the mail outbox's backlog
 * and the age of its oldest mail, and whether each regional reporting store answered when it was
 * last used. Lives in the EAR's lib, beside the health checks, and is fed by the jobs.
 */
@ApplicationScoped
public class Vitals {
    /** A store this node has not used yet (no tenant of its region has written reporting facts here). */
    public static final String UNUSED = "unused";

    private final AtomicLong outboxBacklog = new AtomicLong();
    private final AtomicLong outboxOldestAgeSeconds = new AtomicLong();
    private final Map<String, Boolean> stores = new ConcurrentHashMap<>();

    public void outbox(long backlog, long oldestAgeSeconds) {
        outboxBacklog.set(backlog);
        outboxOldestAgeSeconds.set(Math.max(0, oldestAgeSeconds));
    }

    public long outboxBacklog() {
        return outboxBacklog.get();
    }

    public long outboxOldestAgeSeconds() {
        return outboxOldestAgeSeconds.get();
    }

    public void store(String region, boolean up) {
        stores.put(region, up);
    }

    /** 1 when the region's store answered when last used, 0 when it failed, -1 when not used yet. */
    public int storeUp(String region) {
        Boolean up = stores.get(region);
        return up == null ? -1 : up ? 1 : 0;
    }

    /** Each region's store: up, down or unused. */
    public Map<String, String> storeStates(Iterable<String> regions) {
        Map<String, String> states = new TreeMap<>();
        for (String region : regions) {
            Boolean up = stores.get(region);
            states.put(region, up == null ? UNUSED : up ? "up" : "down");
        }
        return states;
    }
}
