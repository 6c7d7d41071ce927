package org.mxdr.retention.control;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip archive written as it goes (nothing held in memory but the current buffer), keeping each
 * file's SHA-256 and size for the manifest and the SHA256SUMS file written last.
 */
final class ArchiveWriter {
    /** Writes one file's content to the stream it is given; must not close it. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    record Written(String sha256, long bytes) {
    }

    private final ZipOutputStream zip;
    private final Map<String, Written> files = new LinkedHashMap<>();

    ArchiveWriter(OutputStream target) {
        this.zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
    }

    void file(String name, Content content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Digesting out = new Digesting(zip);
        content.writeTo(out);
        out.flush();
        zip.closeEntry();
        files.put(name, new Written(HexFormat.of().formatHex(out.digest.digest()), out.bytes));
    }

    /** The files written so far, in order. */
    Iterable<Map.Entry<String, Written>> written() {
        return new LinkedHashMap<>(files).entrySet();
    }

    void finish() throws IOException {
        zip.finish();
        zip.flush();
    }

    /** Passes bytes on, hashing and counting them; closing it leaves the archive open. */
    private static final class Digesting extends FilterOutputStream {
        private final MessageDigest digest;
        private long bytes;

        Digesting(OutputStream out) {
            super(out);
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            digest.update((byte) b);
            bytes++;
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            digest.update(b, off, len);
            bytes += len;
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
