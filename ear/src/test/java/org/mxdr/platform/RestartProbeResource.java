package org.mxdr.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test deployments only: a signed-in API call that reads from the datasource {@link ResilienceIT}
 * points at a PostgreSQL instance it restarts. A failure is left to the API's own exception
 * mapping, so the test sees what a client sees while a database is down.
 */
@Path("test/restart-probe")
public class RestartProbeResource {
    static final String JNDI = "java:jboss/datasources/MxdrRestartProbe";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String read() throws SQLException, NamingException {
        DataSource probe = (DataSource) new InitialContext().lookup(JNDI);
        try (Connection connection = probe.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT current_setting('port')")) {
            result.next();
            return Json.createObjectBuilder().add("port", Integer.parseInt(result.getString(1))).build().toString();
        }
    }
}
