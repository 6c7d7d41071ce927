package org.mxdr.platform.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;

/**
 * The console's own style sheet and script are addressed with a hash of their content
 * ({@code console.css.xhtml?ln=mxdr&v=1a2b3c4d}). Browsers keep them for a week; without the hash
 * an upgraded server would be shown with last week's styles and script until that week ran out.
 */
public class VersionedResources extends ResourceHandlerWrapper {
    static final String LIBRARY = "mxdr";

    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        Resource resource = super.createResource(resourceName, libraryName);
        if (resource == null || !LIBRARY.equals(libraryName)) {
            return resource;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                return path + (path.contains("?") ? "&" : "?") + "v=" + hashes.computeIfAbsent(resourceName, n -> hashOf(getWrapped()));
            }
        };
    }

    /** The first eight bytes of the content's SHA-256, in hex: enough to tell two versions apart. */
    static String hashOf(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
