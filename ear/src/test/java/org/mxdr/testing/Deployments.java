package org.mxdr.testing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one way tests deploy: the real EAR this build packaged, plus the test support. The whole
 * suite shares one deployment of it ({@link OneDeployment}), so it holds every test class:
 * Arquillian merges its protocol into the EAR's web module but not the test classes.
 */
public final class Deployments {
    private static final String WEB = "web.war";
    private static final String CLASSES = "WEB-INF/classes/";
    private static final String CONFIG = CLASSES + "META-INF/microprofile-config.properties";
    /** The test-only resources answer in test deployments but are no part of the published API. */
    private static final List<Class<?>> TEST_RESOURCES = List.of(TestClockResource.class, org.mxdr.platform.RestartProbeResource.class,
            org.mxdr.reports.ReportFixtureResource.class);

    private Deployments() {
    }

    /**
     * The suite's deployment. Each IT's own {@code @Deployment} method still returns this (it keeps
     * the class runnable alone and says whether it runs as a client), but {@link OneDeployment}
     * deploys it once for all; the classes named are in it like every other test class.
     */
    public static EnterpriseArchive ear(Class<?>... testClasses) {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("mxdr.ear")));
        JavaArchive support = ShrinkWrap.create(JavaArchive.class, "test-support.jar")
                .addClass(TestClock.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        ear.addAsLibrary(support);

        WebArchive web = ear.getAsType(WebArchive.class, WEB);
        addTestClasses(web);
        web.addClasses(testClasses);
        hideTestResourcesFromTheApiDocument(web);
        ear.delete(WEB);
        ear.addAsModule(web);
        return ear;
    }

    /** Every compiled test class but the clock, which is in the EAR's lib for every module to see. */
    private static void addTestClasses(WebArchive web) {
        Path root = testClassesRoot();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                String name = root.relativize(f).toString().replace(File.separatorChar, '/');
                if (!name.equals(classFile(TestClock.class)) && !name.startsWith(classFile(TestClock.class).replace(".class", "$"))) {
                    web.add(new FileAsset(f.toFile()), CLASSES + name);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path testClassesRoot() {
        try {
            return Path.of(Deployments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String classFile(Class<?> type) {
        return type.getName().replace('.', '/') + ".class";
    }

    private static void hideTestResourcesFromTheApiDocument(WebArchive web) {
        ArchivePath path = org.jboss.shrinkwrap.api.ArchivePaths.create(CONFIG);
        String config = web.contains(path) ? read(web.get(path).getAsset().openStream()) : "";
        String classes = String.join(",", TEST_RESOURCES.stream().map(Class::getName).toList());
        web.delete(path);
        web.add(new StringAsset(config + "\nmp.openapi.scan.exclude.classes=" + classes + "\n"), CONFIG);
    }

    private static String read(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
