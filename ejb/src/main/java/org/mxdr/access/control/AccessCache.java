package org.mxdr.access.control;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;

import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.wildfly.clustering.server.Group;
import org.wildfly.clustering.server.GroupMember;
import org.wildfly.clustering.server.GroupMembershipEvent;
import org.wildfly.clustering.server.GroupMembershipListener;
import org.wildfly.clustering.server.GroupMembershipMergeEvent;
import org.wildfly.clustering.server.Registration;

/**
 * The access control's memory of each tenant ({@link TenantAccess}), in the server's Infinispan
 * (container {@code mxdr}, wildfly-config/security.cli), and the one way to say that a tenant's
 * access changed. Every change that can alter a decision (permissions, revocation, exclusions, a
 * subscription transacted or terminated, an inventory import, a purge) calls {@link #changed}
 * inside its transaction; the tenant's entry is dropped when that transaction ends, before its
 * caller gets the answer, so the very next call reads afresh. Within the changing transaction
 * the tenant is read from the database and not kept, so nobody sees what is not committed.
 *
 * <p>A change also writes a new random stamp for the tenant into the cache {@code access-stamps};
 * an entry remembers the stamp read before its database read and is used only while that stamp is
 * still the tenant's. So a request that read the old state just before another transaction
 * committed can store it, but no request will ever use it: no race between a slow reader and a
 * writer leaves a stale decision behind.
 *
 * <p>In a cluster both caches move to the clustered container: {@code access} becomes an
 * invalidation cache (a removal reaches every node; the entries, with their asset maps, never
 * travel) and {@code access-stamps} a replicated synchronous cache (each node reads its own copy,
 * so a check still makes no network call, and a writer's put returns once every node has the new
 * stamp, which makes the stamp check above cluster-wide). A version counter read from the
 * database on each check was the alternative; it would cost a round trip per check, and 20,000
 * checks a second on two cores leave no room for one.
 *
 * <p>While the cluster is split (two nodes started at once form a cluster each until JGroups merges
 * them; a network partition) a change reaches only its own side, and the merge reconciles neither
 * cache. So when a split heals, each node forgets everything it cached: the stamps it compares are
 * salted with a node-local epoch that the merge renews, which also disowns an entry being read
 * while the merge happens.
 */
@ApplicationScoped
public class AccessCache implements GroupMembershipListener<GroupMember> {

    private static final Logger LOG = Logger.getLogger(AccessCache.class.getName());

    /** The server's default group: the members of its JGroups channel, or this node alone without one. */
    static final String GROUP = "java:jboss/clustering/server/group/default";

    @Resource(lookup = "java:jboss/infinispan/cache/mxdr/access")
    ConcurrentMap<String, TenantAccess> tenants;

    @Resource(lookup = "java:jboss/infinispan/cache/mxdr/access-stamps")
    ConcurrentMap<String, Long> stamps;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile long epoch;
    private Registration membership = Registration.EMPTY;

    /**
     * The server's cache outlives a deployment: what an earlier one kept is of its own classes, so it
     * goes. Then it listens for the cluster's merges.
     */
    @PostConstruct
    @SuppressWarnings("unchecked")
    void start() {
        tenants.clear();
        try {
            membership = ((Group<GroupMember>) InitialContext.doLookup(GROUP)).register(this);
        } catch (NamingException e) {
            LOG.warning("No cluster membership at " + GROUP + " (" + e.getMessage()
                    + "): cached access decisions are not forgotten when a split cluster merges");
        }
    }

    @PreDestroy
    void stop() {
        membership.close();
    }

    @Override
    public void updated(GroupMembershipEvent<GroupMember> event) {
        // a member joining brings an empty cache; one leaving takes its own: nothing here is stale
    }

    @Override
    public void merged(GroupMembershipMergeEvent<GroupMember> event) {
        forgetAll();
        LOG.info("The cluster merged (" + event.getPartitions().size() + " partitions into "
                + event.getCurrentMembership().getMembers().size() + " members): cached access decisions forgotten");
    }

    /** Makes every entry held or being read unusable; the next check of each tenant reads the database. */
    void forgetAll() {
        epoch = newStamp(epoch);
    }

    /** The tenant as cached, or null when it is not, is stale, or changes in this very transaction. */
    TenantAccess valid(String tenantId) {
        if (changingHere(tenantId)) {
            return null;
        }
        TenantAccess cached = tenants.get(tenantId);
        return cached != null && cached.stamp() == stamp(tenantId) ? cached : null;
    }

    /** The tenant's current stamp; read it before the database, and keep what was read with it. */
    long stamp(String tenantId) {
        return shared(tenantId) ^ epoch;
    }

    private long shared(String tenantId) {
        Long stamp = stamps.get(tenantId);
        return stamp == null ? 0 : stamp;
    }

    void keep(String tenantId, TenantAccess read) {
        if (!changingHere(tenantId)) {
            tenants.put(tenantId, read);
        }
    }

    /**
     * Something that can alter the tenant's access decisions changes in the current transaction:
     * its cached state is dropped when the transaction ends, committed or not (at once without one).
     */
    public void changed(String tenantId) {
        if (transactions.getTransactionKey() == null) {
            forget(tenantId);
            return;
        }
        Set<String> changing = changing();
        if (changing == null) {
            Set<String> tenantIds = new HashSet<>();
            transactions.putResource(AccessCache.class, tenantIds);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    tenantIds.forEach(AccessCache.this::forget);
                }
            });
            changing = tenantIds;
        }
        changing.add(tenantId);
    }

    private void forget(String tenantId) {
        // the stamp first: from here on an entry read before the change is never used, wherever it is
        // a read and a put, not compute(): a function would have to travel to the replicated cache's owner.
        // Two changes at once both leave a stamp no entry read before them holds, whichever put lands last.
        stamps.put(tenantId, newStamp(shared(tenantId)));
        tenants.remove(tenantId);
    }

    private static long newStamp(long old) {
        long stamp;
        do {
            stamp = ThreadLocalRandom.current().nextLong();
        } while (stamp == 0 || stamp == old);
        return stamp;
    }

    private boolean changingHere(String tenantId) {
        Set<String> changing = changing();
        return changing != null && changing.contains(tenantId);
    }

    @SuppressWarnings("unchecked")
    private Set<String> changing() {
        return transactions.getTransactionKey() == null ? null : (Set<String>) transactions.getResource(AccessCache.class);
    }
}
