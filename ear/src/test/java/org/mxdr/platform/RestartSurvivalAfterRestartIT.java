package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Api.Reply;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;

/** Second half of the restart test: runs in its own failsafe execution, on a new server process. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartSurvivalAfterRestartIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void dataWrittenBeforeTheRestartIsStillThere() throws Exception {
        assertTrue(Files.exists(RestartSurvivalIT.PROBE), "RestartSurvivalIT ran in the first server run");
        List<String> probe = Files.readAllLines(RestartSurvivalIT.PROBE);
        Reply tenant = Api.get("/tenants/" + probe.get(0), probe.get(2), Fixtures.PASSWORD);
        assertEquals(200, tenant.status(), "the user and the tenant survived: " + tenant);
        assertEquals(probe.get(1), tenant.field("name"));
    }
}
