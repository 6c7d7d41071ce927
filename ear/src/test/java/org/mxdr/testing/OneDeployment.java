package org.mxdr.testing;

import java.lang.reflect.Method;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.ContainerMultiControlEvent;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * Deploys {@link Deployments#ear} once for the whole test run instead of once per IT class (a
 * deploy and undeploy cost about 3 to 6 s each, some 50 times per run). Every IT class, in-container
 * or {@code @RunAsClient}, runs against that one deployment; its own {@code @Deployment} method is
 * not called. The deployment goes away at the end of the run, before the server stops.
 * Registered in {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}.
 */
public class OneDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Deployer.class);
    }

    /** The deployment every class shares: testable, so in-container classes run in it. */
    static final class Suite {
        @Deployment
        static EnterpriseArchive ear() {
            return Deployments.ear();
        }
    }

    public static class Deployer {
        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> scenario;
        @Inject
        private Instance<ClassContext> classContext;
        @Inject
        private Event<GenerateDeployment> generate;
        @Inject
        private Event<ContainerMultiControlEvent> control;

        private DeploymentScenario shared;
        private boolean deployed;
        private boolean leaving;

        /** The suite's deployment is built once, in its own class scope; every class gets it as its own. */
        public void generate(@Observes EventContext<GenerateDeployment> event) {
            if (event.getEvent().getTestClass().getJavaClass() == Suite.class) {
                event.proceed();
                return;
            }
            requireRunAsClientWhereNotTestable(event.getEvent().getTestClass().getJavaClass());
            if (shared == null) {
                inSuiteScope(() -> {
                    generate.fire(new GenerateDeployment(new TestClass(Suite.class)));
                    shared = scenario.get();
                });
            }
            scenario.set(shared);
        }

        /**
         * The shared deployment is testable, so {@code @Deployment(testable = false)} alone no longer
         * makes a class run as a client: it must say {@code @RunAsClient} too.
         */
        private static void requireRunAsClientWhereNotTestable(Class<?> test) {
            for (Method method : test.getDeclaredMethods()) {
                Deployment deployment = method.getAnnotation(Deployment.class);
                if (deployment != null && !deployment.testable() && !test.isAnnotationPresent(RunAsClient.class)) {
                    throw new IllegalStateException(test.getName() + " deploys with testable = false but lacks @RunAsClient:"
                            + " every IT shares one testable deployment, so a client test says @RunAsClient on the class");
                }
            }
        }

        /** Deploys at the first class only; a failed deploy is tried again by the next class. */
        public void deploy(@Observes EventContext<DeployManagedDeployments> event) {
            if (!deployed) {
                event.proceed();
                deployed = true;
            }
        }

        /** Classes leave the deployment in place; only the end of the run undeploys it. */
        public void undeploy(@Observes EventContext<UnDeployManagedDeployments> event) {
            if (leaving) {
                event.proceed();
            }
        }

        /** Before the container's own AfterSuite observer stops the server. */
        public void leave(@Observes(precedence = 100) AfterSuite event) {
            if (shared == null || !deployed) {
                return;
            }
            leaving = true;
            inSuiteScope(() -> control.fire(new UnDeployManagedDeployments()));
        }

        private void inSuiteScope(Runnable work) {
            ClassContext context = classContext.get();
            context.activate(Suite.class);
            try {
                work.run();
            } finally {
                context.deactivate();
            }
        }
    }
}
