package org.mxdr.testing;

import java.util.concurrent.Callable;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/** Runs in-container test code as a user who signs in through the real realm. */
public final class As {
    private As() {
    }

    public interface Work {
        void run() throws Exception;
    }

    public static <T> T user(String username, String password, Callable<T> work) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent()
                .authenticate(username, new PasswordGuessEvidence(password.toCharArray()));
        return identity.runAs(work);
    }

    public static void run(String username, String password, Work work) throws Exception {
        user(username, password, () -> {
            work.run();
            return null;
        });
    }
}
