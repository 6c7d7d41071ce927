package org.mxdr.audit.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Creates a PKCS12 key store with one EC P-256 key pair and its self-signed certificate, with the
 * JDK's keytool, the same command the README gives operators. The password reaches keytool through
 * its environment, never its command line (which other users of the machine could read).
 */
final class KeytoolKeyStore {
    private KeytoolKeyStore() {
    }

    static void generate(Path file, String alias, String password) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        ProcessBuilder keytool = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-keystore", partial.toString(), "-storetype", "PKCS12", "-storepass:env", "MXDR_KEYTOOL_PASSWORD",
                "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA",
                "-dname", "CN=MXDR audit digests", "-validity", "3650")).redirectErrorStream(true);
        keytool.environment().put("MXDR_KEYTOOL_PASSWORD", password);
        Process process = keytool.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("keytool could not create the audit key store: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while keytool created the audit key store", e);
        }
        // two servers starting at once: the first complete file wins
        try {
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            Files.deleteIfExists(partial);
        }
    }
}
