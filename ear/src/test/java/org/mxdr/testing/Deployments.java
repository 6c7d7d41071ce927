package org.mxdr.testing;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one way tests deploy: the real EAR this build packaged, plus the test support. Arquillian
 * merges its protocol into the EAR's web module but not the test classes, so they go in here.
 */
public final class Deployments {
    private static final String WEB = "web.war";

    private Deployments() {
    }

    public static EnterpriseArchive ear(Class<?>... testClasses) {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("mxdr.ear")));
        JavaArchive support = ShrinkWrap.create(JavaArchive.class, "test-support.jar")
                .addClass(TestClock.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        ear.addAsLibrary(support);

        WebArchive web = ear.getAsType(WebArchive.class, WEB);
        web.addClasses(testClasses).addClasses(As.class, Fixtures.class, Deployments.class, EligibleInventory.class, GrantedTenants.class);
        ear.delete(WEB);
        ear.addAsModule(web);
        return ear;
    }
}
