package org.mxdr.identity.api;

import jakarta.servlet.ServletContext;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;

/** Places the {@link SignInGate} after the security context is set up and before anyone authenticates. */
public class SignInGateExtension implements ServletExtension {
    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addSecurityWrapper(SignInGate::new);
    }
}
