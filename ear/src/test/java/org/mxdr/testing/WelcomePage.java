package org.mxdr.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The public welcome page driven over plain HTTP like a browser without JavaScript: one cookie
 * jar, the form posted with its view state, redirects followed.
 */
public final class WelcomePage {
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The page's script nonce: PrimeFaces' CSP mode refuses a postback that does not send it back as primefaces.nonce. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    private final String url;
    private String page;

    public WelcomePage(String url) {
        this.url = url;
    }

    /** Opens the link; returns the page's HTML. */
    public String open() {
        page = get(url).body();
        return page;
    }

    /** Posts the set-password form; returns the final response after redirects. */
    public HttpResponse<String> setPassword(String username, String password, String confirm) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("welcome", "welcome");
        form.put("welcome:username", username);
        form.put("welcome:password", password);
        form.put("welcome:confirm", confirm);
        form.put("welcome:save", "");
        form.put("jakarta.faces.ViewState", viewState());
        form.put("primefaces.nonce", nonce());
        HttpResponse<String> response = post(url, form);
        page = response.body();
        return response;
    }

    public HttpResponse<String> get(String address) {
        return send(HttpRequest.newBuilder(URI.create(address)).GET());
    }

    public String page() {
        return page;
    }

    private String nonce() {
        Matcher m = NONCE.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no script nonce in the page: " + page);
        }
        return m.group(1);
    }

    private String viewState() {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no view state in the page: " + page);
        }
        return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private HttpResponse<String> post(String address, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(address))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
