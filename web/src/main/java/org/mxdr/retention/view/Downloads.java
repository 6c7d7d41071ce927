package org.mxdr.retention.view;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.NotFound;
import org.mxdr.retention.api.CertificateResource.CertificateJson;
import org.mxdr.retention.boundary.ExportService;
import org.mxdr.retention.boundary.PurgeService;

/**
 * The console's downloads (under /console, so form sign-in covers them): a tenant's export
 * archive, streamed ({@code export?id=}), and a deletion certificate as JSON ({@code certificate?id=}).
 * The boundaries decide who may; a refusal is the console's 403 or 404 page.
 */
@WebServlet(urlPatterns = {"/console/retention/export", "/console/retention/certificate"})
public class Downloads extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(Downloads.class.getName());

    @Inject
    transient ExportService exports;

    @Inject
    transient PurgeService purge;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        try {
            if (request.getServletPath().endsWith("/export")) {
                String fileName = exports.begin(id);
                response.setContentType("application/zip");
                response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
                exports.write(id, response.getOutputStream());
            } else {
                CertificateJson certificate = CertificateJson.of(purge.certificate(id));
                response.setContentType("application/json");
                response.setCharacterEncoding("UTF-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"deletion-certificate-" + certificate.tenantId() + ".json\"");
                try (Jsonb jsonb = JsonbBuilder.create()) {
                    response.getOutputStream().write(jsonb.toJson(certificate).getBytes(StandardCharsets.UTF_8));
                } catch (Exception e) {
                    throw new IOException(e);
                }
            }
        } catch (AccessDenied | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Download of " + request.getServletPath() + " failed", e);
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
    }
}
