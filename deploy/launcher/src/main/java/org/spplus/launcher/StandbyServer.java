package org.spplus.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Answers on the platform's port while the database cannot be reached, before the application is
 * deployed (the application server cannot deploy it without its database): readiness says DOWN and
 * why, liveness says UP, and pages say in French that the service is momentarily unavailable.
 */
final class StandbyServer implements AutoCloseable {

    private final HttpServer server;
    private volatile String reason = "";

    private StandbyServer(HttpServer server) {
        this.server = server;
    }

    static StandbyServer start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 16);
        StandbyServer standby = new StandbyServer(server);
        server.createContext("/", standby::handle);
        server.start();
        return standby;
    }

    void reason(String reason) {
        this.reason = reason;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/health/live")) {
            send(exchange, 200, "application/json", "{\"status\":\"UP\",\"checks\":[{\"name\":\"launcher\",\"status\":\"UP\"}]}");
        } else if (path.equals("/health") || path.startsWith("/health/")) {
            send(exchange, 503, "application/json", "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"database\",\"status\":\"DOWN\","
                    + "\"data\":{\"phase\":\"DATABASE_UNREACHABLE\",\"error\":\"" + json(reason) + "\"}}]}");
        } else {
            exchange.getResponseHeaders().set("Retry-After", "10");
            send(exchange, 503, "text/html;charset=UTF-8", """
                    <!DOCTYPE html>
                    <html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>Service momentanément indisponible – Services Publics+</title></head>
                    <body><main role="main" id="contenu"><h1>Service momentanément indisponible</h1>
                    <p>La plateforme ne parvient pas à joindre sa base de données. Nos équipes sont prévenues ;
                    réessayez dans quelques minutes.</p></main></body></html>
                    """);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\x00-\\x1f]", " ");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
