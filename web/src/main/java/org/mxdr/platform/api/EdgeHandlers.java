package org.mxdr.platform.api;

import jakarta.servlet.ServletContext;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;

import org.mxdr.identity.api.SignInGate;

/**
 * The handlers in front of the application, in Undertow's chain: the response headers around
 * everything, then the refusal of oversize bodies, and the sign-in gate after the security context
 * is set up and before anyone authenticates.
 */
public class EdgeHandlers implements ServletExtension {
    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(OversizeBodyGate::new);
        deployment.addInitialHandlerChainWrapper(ResponseHeaders::new);
        deployment.addSecurityWrapper(SignInGate::new);
    }
}
