package org.mxdr.testing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The console over plain HTTP as a browser drives it: a session cookie, the login form, no redirects followed. */
public final class Console {
    public static final String BASE = Api.SERVER + "/mxdr";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Console() {
    }

    public static HttpResponse<String> get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path));
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the login form with the session's cookie. */
    public static HttpResponse<String> signIn(String session, String user, String password) throws Exception {
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A fresh session from the login page. */
    public static String newSession() throws Exception {
        return sessionId(get("/console/home.xhtml", null).headers().firstValue("Set-Cookie").orElseThrow());
    }

    /** The session cookie of a user signed in through the login form. */
    public static String signedIn(String user, String password) throws Exception {
        HttpResponse<String> signedIn = signIn(newSession(), user, password);
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("not signed in: " + signedIn.statusCode());
        }
        return sessionId(signedIn.headers().firstValue("Set-Cookie").orElseThrow());
    }

    public static String sessionId(String setCookie) {
        Matcher m = Pattern.compile("JSESSIONID=([^;]+)").matcher(setCookie);
        if (!m.find()) {
            throw new IllegalStateException("no session cookie in " + setCookie);
        }
        return m.group(1);
    }
}
