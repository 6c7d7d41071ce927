import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load for bench/access: each thread asks GET /tenants/{t}/access as the expert for one device at
 * a time, for a fixed time, with HTTP Basic credentials (the API takes no session cookie), so each
 * call also pays the realm's bcrypt check. Prints checks per second and the latency median and p95.
 *
 * java AccessLoad.java URL USER PASSWORD TENANT DEVICES THREADS SECONDS
 */
public class AccessLoad {
    public static void main(String[] a) throws Exception {
        String url = a[0], user = a[1], password = a[2], tenant = a[3];
        int devices = Integer.parseInt(a[4]), threads = Integer.parseInt(a[5]), seconds = Integer.parseInt(a[6]);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicInteger allowed = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                HttpClient http = HttpClient.newHttpClient();
                List<Long> times = new ArrayList<>();
                int i = thread * 7919;
                while (System.nanoTime() < end) {
                    String operation = i % 2 == 0 ? "INVESTIGATE" : "RUN_ACTION";
                    String device = String.format("d-%06d", 1 + (i % devices));
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/tenants/" + tenant + "/access?operation="
                            + operation + "&devices=" + device)).header("Authorization", basic).build();
                    long start = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - start;
                    if (response.statusCode() != 200) {
                        if (failed.incrementAndGet() == 1) {
                            System.err.println("Refused: " + response.statusCode() + " " + response.body());
                        }
                    } else {
                        times.add(took);
                        if (response.body().contains("\"allowed\":true")) {
                            allowed.incrementAndGet();
                        }
                    }
                    i++;
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : results) {
            all.addAll(f.get());
        }
        pool.shutdown();
        Collections.sort(all);
        if (all.isEmpty()) {
            System.out.println("No check succeeded (" + failed.get() + " failed).");
            System.exit(1);
        }
        double median = all.get(all.size() / 2) / 1e6;
        double p95 = all.get((int) Math.min(all.size() - 1, Math.ceil(all.size() * 0.95) - 1)) / 1e6;
        System.out.printf("GET /tenants/{t}/access over HTTP, %d threads for %d s: %d checks (%d allowed, %d failed), %.0f checks/s, median %.2f ms, p95 %.2f ms%n",
                threads, seconds, all.size(), allowed.get(), failed.get(), all.size() / (double) seconds, median, p95);
    }
}
