package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/**
 * The EAR this build packages for production (no -Pdemo) holds no demo data and no benchmark
 * helper: none of org.mxdr.demo or org.mxdr.bench, and no project class named like one, in any
 * module or library inside it. Reads the archive itself, so it needs no server.
 */
class ProductionEarIT {

    @Test
    void holdsNoDemoOrBenchCode() throws IOException {
        List<String> classes = new ArrayList<>();
        try (InputStream ear = Files.newInputStream(Path.of(System.getProperty("mxdr.ear")))) {
            collectClasses(new ZipInputStream(ear), "", classes);
        }
        assertTrue(classes.contains("ejb.jar!org/mxdr/access/boundary/AccessCheckService.class"), "the scan reads the modules: " + classes.size());
        assertTrue(classes.contains("web.war!WEB-INF/classes/org/mxdr/access/api/AccessCheckResource.class"), "the scan reads the web module");
        List<String> found = classes.stream()
                .filter(c -> c.contains("org/mxdr/"))
                .filter(c -> c.contains("org/mxdr/demo/") || c.contains("org/mxdr/bench/")
                        || simpleName(c).startsWith("Demo") || simpleName(c).contains("Bench") || simpleName(c).contains("Probe"))
                .filter(c -> !c.endsWith("/DatabaseProbe.class")) // the readiness check's own database probe
                .toList();
        assertEquals(List.of(), found, "demo or bench classes in the production EAR");
    }

    private static void collectClasses(ZipInputStream zip, String prefix, List<String> classes) throws IOException {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            String name = entry.getName();
            if (name.endsWith(".jar") || name.endsWith(".war")) {
                // a module or library: read it from inside the outer archive (the stream is not closed here)
                collectClasses(new ZipInputStream(zip), prefix + name + "!", classes);
            } else if (name.endsWith(".class")) {
                classes.add(prefix + name);
            }
        }
    }

    private static String simpleName(String entry) {
        return entry.substring(entry.lastIndexOf('/') + 1);
    }
}
