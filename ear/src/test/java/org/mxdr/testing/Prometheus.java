package org.mxdr.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

/** The server's Prometheus endpoint on the management port, read as a scraper reads it (from the test JVM or in the server). */
public final class Prometheus {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Prometheus() {
    }

    /** The whole exposition text. */
    public static String scrape() {
        return get(Api.MANAGEMENT + "/prometheus");
    }

    /** A management-port page that must answer 200. */
    public static String get(String url) {
        try {
            HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                throw new AssertionError(url + " answered " + reply.statusCode() + ": " + reply.body());
            }
            return reply.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The sum of the samples of the metric whose labels contain every one given (e.g. {@code severity="HIGH"}). */
    public static double sum(String scrape, String metric, List<String> labels) {
        return lines(scrape, metric).stream().filter(l -> labels.stream().allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /** The metric's sample lines. */
    public static List<String> lines(String scrape, String metric) {
        return Arrays.stream(scrape.split("\n")).filter(l -> l.startsWith(metric + "{") || l.startsWith(metric + " ")).toList();
    }
}
