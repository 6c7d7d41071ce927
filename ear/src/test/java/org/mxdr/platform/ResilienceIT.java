package org.mxdr.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mxdr.testing.Api;
import org.mxdr.testing.Deployments;
import org.mxdr.testing.Fixtures;

/**
 * Faults an operator meets: the datasources validate their connections, readiness checks the
 * database, mail has timeouts, and a PostgreSQL restart is survived without a hand-run flush.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResilienceIT {
    private static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("mxdr.db"));
    private static final String SORTER = "org.jboss.jca.adapters.jdbc.extensions.postgres.PostgreSQLExceptionSorter";

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear(RestartProbeResource.class);
    }

    @Test
    void theDatasourcesCheckTheirConnectionsAndDropBrokenOnes() throws Exception {
        ModelNode app = read("subsystem", "datasources", "data-source", "MxdrDS");
        assertTrue(app.get("validate-on-match").asBoolean(), "MxdrDS validates on checkout: " + app);
        assertTrue(app.get("background-validation").asBoolean(), "MxdrDS validates in the background");
        assertTrue(app.get("valid-connection-checker-class-name").isDefined(), "MxdrDS has a connection checker");
        if (POSTGRESQL) {
            assertEquals(SORTER, app.get("exception-sorter-class-name").asString());
            assertEquals("org.jboss.jca.adapters.jdbc.extensions.postgres.PostgreSQLValidConnectionChecker",
                    app.get("valid-connection-checker-class-name").asString());
            assertEquals("AllConnections", app.get("flush-strategy").asString());
        }
        ModelNode reporting = read("subsystem", "datasources", "data-source", "MxdrReportingEU");
        assertTrue(reporting.get("validate-on-match").asBoolean() && reporting.get("background-validation").asBoolean(),
                "a regional reporting store validates too: " + reporting);
    }

    @Test
    void mailHasConnectReadAndWriteTimeouts() throws Exception {
        ModelNode properties = read("subsystem", "mail", "mail-session", "mxdr", "custom", "smtp").get("properties");
        // MXDR_SMTP_TIMEOUT_MILLIS as the build gives it to the test server
        int configured = Integer.getInteger("mxdr.smtp.timeout.millis", 10_000);
        for (String key : new String[] {"mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout"}) {
            assertEquals(configured, properties.get(key).asInt(), key + " in " + properties);
        }
    }

    @Test
    void readinessIncludesTheDatabase() throws Exception {
        HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.MANAGEMENT + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(Json.createReader(new StringReader(ready.body())).readObject().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .anyMatch(check -> "database".equals(check.getString("name")) && "UP".equals(check.getString("status"))), ready.body());
    }

    @Test
    void aSignedInCallSucceedsWithinTenSecondsOfAPostgresqlRestart() throws Exception {
        OwnPostgres postgres = OwnPostgres.startOrSkip(POSTGRESQL);
        try (postgres) {
            addProbeDatasource(postgres.port());
            assertEquals(200, Api.get("/test/restart-probe", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD).status());

            postgres.stop();
            Api.Reply down = Api.get("/test/restart-probe", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
            assertEquals(503, down.status(), "503 while the database is down, not 401 or 500: " + down);
            assertEquals(503, down.json().getInt("status"), down.body());
            assertTrue(down.body().contains("try again"), down.body());
            assertTrue(down.raw().headers().firstValue("Retry-After").isPresent());

            postgres.start();
            long recovered = firstSuccessMillis();
            System.out.println("Signed-in call succeeded " + recovered + " ms after PostgreSQL came back");
            assertTrue(recovered < 10_000, "recovered in " + recovered + " ms");

            long begin = System.nanoTime();
            postgres.restart();
            long restartMillis = (System.nanoTime() - begin) / 1_000_000;
            Api.Reply next = Api.get("/test/restart-probe", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD);
            System.out.println("A " + restartMillis + " ms restart; the next signed-in call answered " + next.status());
            assertEquals(200, next.status(), "the first call after a restart gets a live connection: " + next);
        } finally {
            removeProbeDatasource();
        }
    }

    private static long firstSuccessMillis() throws InterruptedException {
        long begin = System.nanoTime();
        while (System.nanoTime() - begin < 30_000_000_000L) {
            if (Api.get("/test/restart-probe", Fixtures.ADMIN, Fixtures.ADMIN_PASSWORD).status() == 200) {
                return (System.nanoTime() - begin) / 1_000_000;
            }
            Thread.sleep(100);
        }
        return fail("no successful call within 30 s of PostgreSQL's start");
    }

    /** A datasource like the shipped PostgreSQL one: its validation settings are read from the script. */
    private void addProbeDatasource(int port) throws Exception {
        if (!exists("subsystem", "datasources", "jdbc-driver", "postgresql")) {
            ModelNode driver = op("add", "subsystem", "datasources", "jdbc-driver", "postgresql");
            driver.get("driver-name").set("postgresql");
            driver.get("driver-module-name").set("org.postgresql");
            execute(driver);
        }
        String script = Files.readString(Path.of("..", "wildfly-config", "datasource-postgresql.cli"));
        ModelNode add = op("add", "subsystem", "datasources", "data-source", "MxdrRestartProbe");
        add.get("jndi-name").set(RestartProbeResource.JNDI);
        add.get("driver-name").set("postgresql");
        add.get("connection-url").set("jdbc:postgresql://127.0.0.1:" + port + "/postgres");
        add.get("user-name").set("postgres");
        add.get("password").set("postgres");
        add.get("min-pool-size").set(2);
        for (String attribute : new String[] {"valid-connection-checker-class-name", "exception-sorter-class-name",
                "validate-on-match", "background-validation", "background-validation-millis", "flush-strategy", "blocking-timeout-wait-millis"}) {
            Matcher value = Pattern.compile("MxdrDS:add\\(.*\\b" + attribute + "=\"?(?:\\$\\{env\\.\\w+:)?([\\w.]+)").matcher(script);
            assertTrue(value.find(), attribute + " missing from datasource-postgresql.cli");
            add.get(attribute).set(value.group(1));
        }
        execute(add);
    }

    private void removeProbeDatasource() throws Exception {
        if (exists("subsystem", "datasources", "data-source", "MxdrRestartProbe")) {
            ModelNode remove = op("remove", "subsystem", "datasources", "data-source", "MxdrRestartProbe");
            remove.get("operation-headers", "allow-resource-service-restart").set(true);
            execute(remove);
        }
    }

    private ModelNode read(String... address) throws Exception {
        ModelNode read = op("read-resource", address);
        read.get("resolve-expressions").set(true);
        return execute(read);
    }

    private boolean exists(String... address) throws Exception {
        ModelNode result = management.getControllerClient().execute(op("read-resource", address));
        return "success".equals(result.get("outcome").asString());
    }

    private ModelNode execute(ModelNode operation) throws Exception {
        ModelNode result = management.getControllerClient().execute(operation);
        assertEquals("success", result.get("outcome").asString(), operation + " -> " + result);
        return result.get("result");
    }

    private static ModelNode op(String name, String... address) {
        ModelNode operation = new ModelNode();
        operation.get("operation").set(name);
        for (int i = 0; i < address.length; i += 2) {
            operation.get("address").add(address[i], address[i + 1]);
        }
        return operation;
    }
}
