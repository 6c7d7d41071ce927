package org.mxdr.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Records every refused authorization decision (OWASP ASVS V7): when in UTC, who, what was
 * asked and why it was refused. The category has its own file handler in wildfly-config.
 */
@ApplicationScoped
public class DenialLog {
    public static final String CATEGORY = "org.mxdr.security.denials";
    private static final Logger LOG = Logger.getLogger(CATEGORY);

    @Inject
    Clock clock;

    /** Logs the refusal and returns its reference, which the person refused is shown. */
    public String record(String who, String what, String why) {
        String ref = Refs.next();
        LOG.warning(() -> "DENIED at=" + Instant.now(clock) + " who=" + clean(who) + " what=" + clean(what) + " why=" + clean(why)
                + " ref=" + ref);
        return ref;
    }

    /** Keeps request-supplied text from forging log lines. */
    private static String clean(String s) {
        if (s == null) {
            return "-";
        }
        String one = s.replaceAll("[\\r\\n\\t]", "_");
        return one.length() > 300 ? one.substring(0, 300) + "..." : one;
    }
}
