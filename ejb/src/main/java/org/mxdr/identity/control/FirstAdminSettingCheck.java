package org.mxdr.identity.control;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Extension;

/**
 * Refuses a first-admin password that breaks the rules while the deployment is validated, before
 * any bean or timer starts. Refused later, from a start-up bean, a timer already running would
 * wait forever for the start-up to finish and hold up the server's shutdown.
 */
public class FirstAdminSettingCheck implements Extension {

    void refuseBadFirstAdmin(@Observes AfterDeploymentValidation validation) {
        try {
            BootstrapAdmin.refuseFirstAdminSetting();
        } catch (BootstrapAdmin.StartRefused refused) {
            validation.addDeploymentProblem(refused);
        }
    }
}
