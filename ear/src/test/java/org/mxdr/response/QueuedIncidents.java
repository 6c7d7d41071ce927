package org.mxdr.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mxdr.testing.GrantedTenants.D_FREE;
import static org.mxdr.testing.GrantedTenants.D_HR;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.mxdr.platform.CursorPage;
import org.mxdr.platform.Role;
import org.mxdr.response.boundary.IncidentFilter;
import org.mxdr.response.boundary.IncidentQueueService;
import org.mxdr.response.boundary.PlatformService;
import org.mxdr.response.entity.Incident;
import org.mxdr.response.entity.Severity;
import org.mxdr.testing.As;
import org.mxdr.testing.ClassFixture;
import org.mxdr.testing.Fixtures;
import org.mxdr.testing.GrantedTenants;
import org.mxdr.testing.GrantedTenants.Tenant;
import org.mxdr.testing.TestClock;

/**
 * IncidentQueueIT's queues: tenant A with 30 incidents (a tenth of them on a device in a device
 * group, the first six reported in pairs in the same instant) and its reader, tenant B with two;
 * both grant the experts the Reader level, A with the all-devices switch off. An expert and the
 * platform's account.
 */
@Dependent
public class QueuedIncidents implements ClassFixture {
    @Inject
    GrantedTenants grants;

    @Inject
    PlatformService platform;

    @Inject
    IncidentQueueService queue;

    String expert;
    String platformUser;
    Tenant a;
    String readerOfA;
    /** A's incidents newest first; within one instant by id, as the index orders them */
    List<String> newestFirstOfA;
    Tenant b;

    @Override
    public void make() throws Exception {
        String u = Fixtures.unique();
        expert = grants.newUser("qx-expert-" + u, Role.EXPERT, null);
        platformUser = grants.newUser("qx-platform-" + u, Role.PLATFORM, null);
        a = grants.granted("Queue many " + u, false, true, false);
        readerOfA = grants.newUser("qx-reader-" + u, Role.TENANT_READER, a.id());
        b = grants.granted("Queue few " + u, false, true, true);
        Instant start = Instant.parse("2026-11-02T08:00:00Z");
        try {
            List<String> reported = As.user(platformUser, Fixtures.PASSWORD, () -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    // the first six in pairs reported in the same instant: the id orders a tie
                    TestClock.fixAt(start.plusSeconds(i < 6 ? i / 2 * 2 : i));
                    ids.add(report(a, i % 10 == 9 ? D_HR : D_FREE));
                }
                TestClock.fixAt(start);
                report(b, D_FREE);
                report(b, D_FREE);
                return ids;
            });
            TestClock.reset();
            newestFirstOfA = newestFirst(reported);
        } finally {
            TestClock.reset();
        }
    }

    /** Reports an incident on the device, as the platform (signed in by the caller). */
    private String report(Tenant t, String device) {
        String externalId = "ext-" + Fixtures.unique();
        return platform.report(t.id(), new Incident.Report(externalId, "Queue incident " + externalId, Severity.HIGH, "Malware",
                "Execution", null, List.of(device), List.of())).incident().getId();
    }

    /** Newest first; within one instant by id, as the index orders them. */
    private List<String> newestFirst(List<String> reportedInOrder) throws Exception {
        List<Incident> all = As.user(readerOfA, Fixtures.PASSWORD, () -> {
            List<Incident> seen = new ArrayList<>();
            String cursor = null;
            do {
                CursorPage<Incident> page = queue.queue(a.id(), IncidentFilter.NONE, cursor, 200);
                assertTrue(page.items().size() <= 200);
                seen.addAll(page.items());
                cursor = page.nextCursor();
            } while (cursor != null);
            return seen;
        });
        List<Incident> expected = new ArrayList<>(all);
        expected.sort((x, y) -> !x.getCreatedAt().equals(y.getCreatedAt()) ? y.getCreatedAt().compareTo(x.getCreatedAt())
                : x.getId().compareTo(y.getId()));
        List<String> ids = expected.stream().map(Incident::getId).toList();
        List<String> sorted = new ArrayList<>(reportedInOrder);
        Collections.sort(sorted);
        List<String> listed = new ArrayList<>(ids);
        Collections.sort(listed);
        assertEquals(sorted, listed, "every reported incident is in the queue");
        return ids;
    }
}
