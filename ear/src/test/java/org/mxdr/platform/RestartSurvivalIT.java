package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;

/**
 * First half of the restart test: writes a tenant and a user and notes them for
 * {@link RestartSurvivalAfterRestartIT}, which the build runs against a freshly started server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartSurvivalIT {
    static final Path PROBE = Path.of(System.getProperty("mxdr.it.data", "target/it-data"), "..", "restart-probe.txt");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void writeBeforeRestart() throws Exception {
        String name = "Restart probe " + System.getProperty("mxdr.db") + " " + Fixtures.unique();
        String id = Api.createTenant(name, "COMMERCIAL", "CH");
        String user = Api.createUser("restart-" + Fixtures.unique(), "tenant-reader", id);
        assertEquals(200, Api.get("/tenants/" + id, user, Fixtures.PASSWORD).status());
        Files.writeString(PROBE, id + "\n" + name + "\n" + user + "\n");
    }
}
