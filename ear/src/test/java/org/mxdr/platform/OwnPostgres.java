package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL instance of the test's own (never the shared cluster other builds use), driven by
 * src/test/scripts/own-postgres.sh so a test can stop, start and restart it.
 */
final class OwnPostgres implements AutoCloseable {
    private static final Path SCRIPT = Path.of("src", "test", "scripts", "own-postgres.sh").toAbsolutePath();
    private final String dir;
    private final int port;

    private OwnPostgres(String dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Skips with the reason where no PostgreSQL server is installed, unless the run requires one. */
    static OwnPostgres startOrSkip(boolean required) throws Exception {
        if (run("available") != 0) {
            String reason = "no PostgreSQL server binaries on this machine: the restart test needs an instance of its own";
            if (required) {
                fail(reason);
            }
            System.out.println("SKIPPED: " + reason);
            Assumptions.abort(reason);
        }
        Path dir = Files.createTempDirectory("mxdr-own-pg-");
        Files.delete(dir); // the script creates it for the postgres user
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // a port nobody uses now, so parallel builds never collide
        }
        OwnPostgres postgres = new OwnPostgres(dir.toString(), port);
        try {
            postgres.start();
        } catch (AssertionError | Exception e) {
            postgres.close();
            throw e;
        }
        return postgres;
    }

    int port() {
        return port;
    }

    void start() throws Exception {
        check(run("start", dir, Integer.toString(port)), "start");
    }

    void stop() throws Exception {
        check(run("stop", dir), "stop");
    }

    void restart() throws Exception {
        check(run("restart", dir), "restart");
    }

    @Override
    public void close() throws Exception {
        run("destroy", dir);
    }

    private static void check(int exit, String what) {
        if (exit != 0) {
            fail("own PostgreSQL " + what + " failed with exit " + exit);
        }
    }

    private static int run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
