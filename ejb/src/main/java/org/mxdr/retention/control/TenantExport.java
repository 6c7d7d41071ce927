package org.mxdr.retention.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

import org.mxdr.audit.control.AuditTrail;
import org.mxdr.onboarding.entity.Tenant;
import org.mxdr.reports.control.ReportingStores;

/**
 * Writes a tenant's export archive: a JSON file per data class, the audit trail with its digests
 * and public key (so the chain verifies offline), the reporting store's data, incidents and audit
 * as CSV, then manifest.json and SHA256SUMS with each file's SHA-256. Rows are streamed from one
 * read-only connection outside any transaction timeout, in bounded memory whatever the tenant's size.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantExport {

    @Resource(lookup = "java:jboss/datasources/MxdrDS")
    DataSource dataSource;

    @Inject
    AuditTrail audit;

    @Inject
    ReportingStores reporting;

    @Inject
    Clock clock;

    public void write(Tenant tenant, String by, OutputStream target) {
        Instant at = Instant.now(clock);
        ArchiveWriter archive = new ArchiveWriter(target);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                archive.file("tenant.json", out -> json(out, "tenant", tenant.getId(),
                        g -> RowsJson.array(c, g, "tenant", "SELECT t.* FROM tenant t WHERE t.id = ?", tenant.getId(), Set.of())));
                for (String dataClass : TenantTables.dataClasses()) {
                    archive.file(dataClass + ".json", out -> json(out, dataClass, tenant.getId(), g -> {
                        for (TenantTable table : TenantTables.ofClass(dataClass)) {
                            RowsJson.array(c, g, table.table(), table.selectSql(), tenant.getId(), table.hidden());
                        }
                    }));
                }
                archive.file("audit.json", out -> json(out, "audit", tenant.getId(), g -> RowsJson.array(c, g, "audit_record",
                        "SELECT t.* FROM audit_record t WHERE t.tenant_id = ? ORDER BY t.recorded_at, t.id", tenant.getId(), Set.of())));
                archive.file("incidents.csv", out -> IncidentsCsv.write(c, tenant.getId(), out));
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
            archive.file("audit.csv", out -> text(out, w -> audit.writeCsv(tenant.getId(), w)));
            archive.file("audit-digests.csv", out -> text(out, w -> audit.writeDigests(tenant.getId(), w)));
            archive.file("audit-public-key.pem", out -> text(out, w -> w.write(audit.publicKeyPem())));
            archive.file("reporting.json", out -> text(out, w -> reporting.writeTenantJson(tenant.getId(), w)));
            Iterable<Map.Entry<String, ArchiveWriter.Written>> files = archive.written();
            archive.file("manifest.json", out -> manifest(out, tenant, by, at, files));
            Iterable<Map.Entry<String, ArchiveWriter.Written>> withManifest = archive.written();
            archive.file("SHA256SUMS", out -> text(out, w -> {
                for (Map.Entry<String, ArchiveWriter.Written> f : withManifest) {
                    w.write(f.getValue().sha256() + "  " + f.getKey() + "\n");
                }
            }));
            archive.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Export of tenant " + tenant.getId() + " failed reading the database", e);
        }
    }

    interface Body {
        void write(JsonGenerator g) throws IOException, SQLException;
    }

    interface Text {
        void write(Writer w) throws IOException;
    }

    private static void json(OutputStream out, String dataClass, String tenantId, Body body) throws IOException {
        try (JsonGenerator g = Json.createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            g.writeStartObject().write("dataClass", dataClass).write("tenantId", tenantId).writeStartObject("tables");
            try {
                body.write(g);
            } catch (SQLException e) {
                throw new IOException("Reading " + dataClass + " failed", e);
            }
            g.writeEnd().writeEnd();
        }
    }

    private static void text(OutputStream out, Text text) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        text.write(w);
        w.flush();
    }

    private static void manifest(OutputStream out, Tenant tenant, String by, Instant at,
                                 Iterable<Map.Entry<String, ArchiveWriter.Written>> files) {
        try (JsonGenerator g = Json.createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            g.writeStartObject().write("tenantId", tenant.getId()).write("tenantName", tenant.getName())
                    .write("exportedAt", at.toString()).write("exportedBy", by).write("algorithm", "SHA-256").writeStartArray("files");
            for (Map.Entry<String, ArchiveWriter.Written> f : files) {
                g.writeStartObject().write("name", f.getKey()).write("sha256", f.getValue().sha256())
                        .write("bytes", f.getValue().bytes()).writeEnd();
            }
            g.writeEnd().writeEnd();
        }
    }
}
