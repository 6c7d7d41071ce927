package org.mxdr.retention;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.mxdr.testing.Api;

/** Downloads a tenant's export archive over the API as a zip, as a client saves it. */
final class ExportArchive {
    private ExportArchive() {
    }

    static Map<String, byte[]> download(String tenantId, String user, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.BASE + "/tenants/" + tenantId + "/export"))
                .timeout(Duration.ofSeconds(120)).header("Accept", "application/zip")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("export refused: " + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/zip")) {
            throw new IllegalStateException("not a zip: " + response.headers().map());
        }
        return RetentionApiIT.unzip(response.body());
    }
}
