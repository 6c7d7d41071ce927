package org.mxdr.reports.view;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mxdr.identity.boundary.UserService;
import org.mxdr.platform.AccessDenied;
import org.mxdr.platform.BadInput;
import org.mxdr.platform.NotFound;
import org.mxdr.reports.boundary.ReportService;

/**
 * The Reports page's downloads (under /console, so form sign-in covers them):
 * {@code export?format=csv|pdf&id=&from=&to=}. The boundary decides who may; a refusal is the
 * console's 403, 404 or 400 page.
 */
@WebServlet(urlPatterns = "/console/reports/export")
public class ReportDownloads extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportService reports;

    @Inject
    transient UserService users;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        String from = request.getParameter("from");
        String to = request.getParameter("to");
        try {
            String tenant = id == null || id.isBlank() ? users.me().tenantId() : id;
            if ("pdf".equals(request.getParameter("format"))) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                reports.writePdf(tenant, from, to, out);
                send(response, "application/pdf", "report-" + tenant + ".pdf", out.toByteArray());
            } else {
                reports.readablePeriod(tenant, from, to); // refused before the answer starts
                response.setContentType("text/csv; charset=UTF-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"report-" + tenant + ".csv\"");
                reports.writeCsv(tenant, from, to, response.getWriter()); // every card, streamed from the store
            }
        } catch (AccessDenied | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (BadInput e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }

    private static void send(HttpServletResponse response, String type, String fileName, byte[] body) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
