import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * Receivers for bench/webhooks: one HTTP server per endpoint on BASE_PORT, BASE_PORT+1, ... each
 * verifying the signature with its endpoint's secret (HMAC-SHA256 of "t.body") and counting the
 * event ids it got, as a receiver that de-duplicates would. Prints a line of totals every second:
 *   received=N verified=N rejected=N distinct=N duplicates=N
 *
 * java WebhookReceivers.java BASE_PORT SECRET1 SECRET2 ...
 */
public class WebhookReceivers {
    public static void main(String[] a) throws Exception {
        int base = Integer.parseInt(a[0]);
        AtomicLong received = new AtomicLong(), verified = new AtomicLong(), rejected = new AtomicLong(), duplicates = new AtomicLong();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        for (int i = 1; i < a.length; i++) {
            String secret = a[i];
            int endpoint = i;
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", base + i - 1), 256);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/", exchange -> {
                try (exchange; InputStream in = exchange.getRequestBody()) {
                    String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    String signature = exchange.getRequestHeaders().getFirst("X-MXDR-Signature");
                    String id = exchange.getRequestHeaders().getFirst("X-MXDR-Event-Id");
                    received.incrementAndGet();
                    boolean ok = verifies(secret, signature, body);
                    (ok ? verified : rejected).incrementAndGet();
                    if (ok && !seen.add(endpoint + "/" + id)) {
                        duplicates.incrementAndGet();
                    }
                    exchange.sendResponseHeaders(ok ? 204 : 400, -1);
                }
            });
            server.start();
        }
        while (true) {
            System.out.printf("received=%d verified=%d rejected=%d distinct=%d duplicates=%d%n", received.get(), verified.get(),
                    rejected.get(), seen.size(), duplicates.get());
            System.out.flush();
            Thread.sleep(1000);
        }
    }

    static boolean verifies(String secret, String header, String body) {
        try {
            String t = null, v1 = null;
            for (String part : header.split(",")) {
                String[] kv = part.split("=", 2);
                if (kv[0].equals("t")) {
                    t = kv[1];
                } else if (kv[0].equals("v1")) {
                    v1 = kv[1];
                }
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)))
                    .getBytes(StandardCharsets.US_ASCII);
            return v1 != null && MessageDigest.isEqual(expected, v1.getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            return false;
        }
    }
}
