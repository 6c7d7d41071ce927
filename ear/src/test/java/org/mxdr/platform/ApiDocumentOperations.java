package org.mxdr.platform;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.HttpMethod;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ExplodedExporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.mxdr.testing.Api;

/** The operations of the served OpenAPI document, and the resource methods of the deployed EAR. */
public final class ApiDocumentOperations {
    private static final String PREFIX = "/api/v1";

    /** One operation of the document: its verb, its path below /api/v1 and its JSON. */
    record Op(String verb, String path, JsonObject json) {
        String key() {
            return verb + " " + path;
        }

        List<String> statuses() {
            return new ArrayList<>(json.getJsonObject("responses").keySet());
        }

        boolean isPublic() {
            // no requirement of its own, and the document has none for all
            return (!json.containsKey("security") || json.getJsonArray("security").isEmpty()) && json.getBoolean("x-public", false);
        }

        JsonObject body() {
            return json.containsKey("requestBody") ? json.getJsonObject("requestBody").getJsonObject("content") : null;
        }
    }

    private ApiDocumentOperations() {
    }

    public static JsonObject document() {
        Api.Reply reply = Api.get(Api.SERVER + "/openapi?format=JSON", null, null);
        if (reply.status() != 200) {
            throw new IllegalStateException("no OpenAPI document: " + reply.status());
        }
        try {
            // kept beside the build's other outputs, for a reader of the contract
            Files.writeString(Path.of("target", "openapi.json"), reply.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Json.createReader(new StringReader(reply.body())).readObject();
    }

    static Map<String, Op> operations(JsonObject document) {
        Map<String, Op> ops = new TreeMap<>();
        document.getJsonObject("paths").forEach((path, item) -> {
            String below = path.substring(path.indexOf(PREFIX) + PREFIX.length());
            item.asJsonObject().forEach((verb, op) -> {
                if (List.of("get", "put", "post", "delete", "patch").contains(verb)) {
                    Op o = new Op(verb.toUpperCase(Locale.ROOT), below, op.asJsonObject());
                    ops.put(o.key(), o);
                }
            });
        });
        return ops;
    }

    /** "VERB /path" of every resource method in the EAR's web module, with whether it is public. */
    static Map<String, Boolean> resourceMethods() throws IOException, ClassNotFoundException {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("mxdr.ear")));
        Path dir = Files.createTempDirectory("mxdr-web");
        File exploded = ear.getAsType(WebArchive.class, "web.war").as(ExplodedExporter.class).exportExploded(dir.toFile());
        Path classes = exploded.toPath().resolve("WEB-INF/classes");
        Map<String, Boolean> methods = new TreeMap<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ApiDocumentOperations.class.getClassLoader());
             Stream<Path> files = Files.walk(classes.resolve("org/mxdr"))) {
            for (Path file : files.filter(f -> f.getParent().endsWith("api") && f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
                Class<?> type;
                jakarta.ws.rs.Path root;
                try {
                    type = Class.forName(name, false, loader);
                    root = type.getAnnotation(jakarta.ws.rs.Path.class);
                } catch (LinkageError serverOnly) {
                    continue; // a class of the server's own API (the Undertow gate), not a resource
                }
                if (root == null || Modifier.isAbstract(type.getModifiers())) {
                    continue;
                }
                boolean publicType = isPublic(type.getAnnotations());
                for (Method m : type.getDeclaredMethods()) {
                    String verb = Arrays.stream(m.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                            .filter(h -> h != null).map(HttpMethod::value).findFirst().orElse(null);
                    if (verb != null) {
                        jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                        methods.put(verb + " " + join(root.value(), sub == null ? "" : sub.value()), publicType || isPublic(m.getAnnotations()));
                    }
                }
            }
        }
        return methods;
    }

    private static boolean isPublic(java.lang.annotation.Annotation[] annotations) {
        return Arrays.stream(annotations).anyMatch(a -> a.annotationType().getName().equals("org.mxdr.platform.api.Public"));
    }

    /** The path as the document writes it: one slash between parts, no regular expression in {name: regex}. */
    static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/").replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
