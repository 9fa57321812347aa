package org.sanxiang.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One browser on the running application: its own cookies, no redirects followed, the login form as it is. */
public final class BrowserSession {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies;
    private final HttpClient http;

    public BrowserSession(int port) {
        this(port, new CookieManager());
    }

    public BrowserSession(int port, CookieManager cookies) {
        this.port = port;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A browser signed in through the login form; fails unless the login succeeded. */
    public static BrowserSession signedIn(int port, String username, String password) {
        BrowserSession browser = new BrowserSession(port);
        HttpResponse<String> login = browser.logIn(username, password);
        if (!login.headers().firstValue("Location").orElse("").endsWith("/workbench")) {
            throw new AssertionError("login of " + username + " failed: " + login.headers().map());
        }
        return browser;
    }

    /** Submits the login form (with the token the form carries), as a browser at the given client address. */
    public HttpResponse<String> logIn(String username, String password, String... forwardedFor) {
        Matcher token = FORM_TOKEN.matcher(get("/login").body());
        if (!token.find()) {
            throw new AssertionError("no CSRF token in the login form");
        }
        HttpRequest.Builder post = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                        + encode(password) + "&_csrf=" + encode(token.group(1))));
        if (forwardedFor.length > 0) {
            post.header("X-Forwarded-For", forwardedFor[0]);
        }
        return send(post);
    }

    /** The CSRF token a signed-in page gives its own scripts (the layout's meta tag). */
    public String pageToken(String path) {
        Matcher token = META_TOKEN.matcher(get(path).body());
        if (!token.find()) {
            throw new AssertionError("no CSRF meta tag on " + path);
        }
        return token.group(1);
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .findFirst().orElseThrow().getValue();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
