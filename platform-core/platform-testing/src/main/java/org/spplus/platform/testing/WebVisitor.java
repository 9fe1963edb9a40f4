package org.spplus.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One visitor without a browser: keeps its cookies (so its session), follows no redirect by itself, and
 * fills and submits Faces forms the way a browser would (the form's own fields and view state, plus the
 * values given). For checks over many pages and roles where a browser would be slow.
 */
public final class WebVisitor {

    private final URL base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    public WebVisitor(URL base) {
        this.base = base;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A new visitor signed in with an e-mail address and a password; fails if the sign-in is refused. */
    public static WebVisitor signedIn(URL base, String email, String password) {
        WebVisitor visitor = new WebVisitor(base);
        HttpResponse<String> answer = visitor.submit("connexion", "connexion", "connexion:valider",
                Map.of("connexion:email", email, "connexion:motdepasse", password));
        if (answer.statusCode() != 302 && answer.statusCode() != 303) {
            throw new IllegalStateException("Sign-in of " + email + " refused: " + answer.statusCode() + " "
                    + Jsoup.parse(answer.body()).select("[role=alert], .fr-alert").text());
        }
        return visitor;
    }

    /** GET a path below the application's base URL. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(Http.resolve(base, path)).GET());
    }

    /** GET with another Host header (the server resolves the tenant from it; needs
     * {@code -Djdk.httpclient.allowRestrictedHeaders=host}). */
    public HttpResponse<String> get(String path, String host) {
        return send(HttpRequest.newBuilder(Http.resolve(base, path)).header("Host", host).GET());
    }

    /** GET, then follow redirects within the application; the last answer. */
    public HttpResponse<String> open(String path) {
        HttpResponse<String> answer = get(path);
        for (int hops = 0; hops < 5 && isRedirect(answer); hops++) {
            answer = send(HttpRequest.newBuilder(answer.uri().resolve(answer.headers().firstValue("Location")
                    .orElseThrow())).GET());
        }
        return answer;
    }

    /**
     * Opens the page at {@code path}, fills the form {@code formId} with its current values overridden by
     * {@code values}, and submits it with the button {@code buttonId}. Returns the answer, unfollowed.
     */
    public HttpResponse<String> submit(String path, String formId, String buttonId, Map<String, String> values) {
        HttpResponse<String> page = open(path);
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + page.statusCode());
        }
        return submitOn(page, formId, buttonId, values);
    }

    /** Submits a form of a page already fetched. */
    public HttpResponse<String> submitOn(HttpResponse<String> page, String formId, String buttonId,
                                         Map<String, String> values) {
        Document document = Jsoup.parse(page.body(), page.uri().toString());
        Element form = document.getElementById(formId);
        if (form == null || !form.tagName().equals("form")) {
            throw new IllegalStateException("No form " + formId + " on " + page.uri());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type");
            if (type.equals("submit") || type.equals("button") || type.equals("image") || type.equals("file")) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            String value = input.tagName().equals("textarea") ? input.text()
                    : input.tagName().equals("select") ? input.select("option[selected]").attr("value") : input.val();
            fields.put(input.attr("name"), value);
        }
        fields.putAll(values);
        if (buttonId != null) {
            fields.put(buttonId, form.select("[name=" + cssEscape(buttonId) + "]").attr("value"));
        }
        return post(URI.create(form.absUrl("action")), fields);
    }

    /** POST url-encoded fields to an absolute address. */
    public HttpResponse<String> post(URI address, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(address).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** POST a JSON text to a path below the application's base URL, as a page's script does. */
    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(Http.resolve(base, path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The value of a cookie this visitor holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public static boolean isRedirect(HttpResponse<?> answer) {
        return answer.statusCode() >= 301 && answer.statusCode() <= 308 && answer.headers().firstValue("Location").isPresent();
    }

    private static String cssEscape(String name) {
        return name.replace(":", "\\:");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
