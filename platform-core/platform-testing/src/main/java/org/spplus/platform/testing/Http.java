package org.spplus.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Plain HTTP calls to the server under test, without following redirects. */
public final class Http {

    // HTTP/1.1 only: after an h2c upgrade the client would send the URI's authority instead of a Host header
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    /** GET {@code path} below the deployment's base URL (which ends with "/"). */
    public static HttpResponse<String> get(URL base, String path) {
        return send(HttpRequest.newBuilder(resolve(base, path)).GET());
    }

    /** GET with another Host header (needs {@code -Djdk.httpclient.allowRestrictedHeaders=host}). */
    public static HttpResponse<String> get(URL base, String path, String host) {
        return send(HttpRequest.newBuilder(resolve(base, path)).header("Host", host).GET());
    }

    /** GET an absolute path on the server, outside the application (such as {@code /health/ready}). */
    public static HttpResponse<String> getFromServerRoot(URL base, String absolutePath) {
        return send(HttpRequest.newBuilder(URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort()
                + absolutePath)).GET());
    }

    public static URI resolve(URL base, String path) {
        String b = base.toString();
        return URI.create(b.endsWith("/") && path.startsWith("/") ? b + path.substring(1) : b + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
