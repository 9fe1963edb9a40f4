package org.spplus.platform.core.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.spplus.platform.core.startup.PlatformState;

/**
 * The page served while the platform is not ready (starting, database unreachable, start-up refused):
 * plain HTML, so that it needs neither Faces nor the database. Details stay in the logs and readiness.
 */
final class UnavailablePage {

    private UnavailablePage() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, PlatformState.Phase phase)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "10");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        SecurityHeaders.applyDefaultPolicy(response);
        String message = switch (phase) {
            case STARTING -> "La plateforme démarre. Réessayez dans quelques secondes.";
            case DATABASE_UNREACHABLE -> "La plateforme ne parvient pas à joindre sa base de données. "
                    + "Nos équipes sont prévenues ; réessayez dans quelques minutes.";
            case REFUSED -> "La plateforme est arrêtée pour maintenance. Réessayez plus tard.";
            case READY -> "Réessayez.";
        };
        String ctx = request.getContextPath();
        PrintWriter out = response.getWriter();
        out.print("""
                <!DOCTYPE html>
                <html lang="fr" data-fr-scheme="system">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Service momentanément indisponible – Services Publics+</title>
                <link rel="stylesheet" href="%s/dsfr/dsfr.min.css"></head>
                <body><main class="fr-container fr-my-7w" role="main" id="contenu">
                <h1>Service momentanément indisponible</h1>
                <p class="fr-text--lead">%s</p>
                <p class="fr-text--sm">Référence de la demande : %s</p>
                </main></body></html>
                """.formatted(ctx, message, RequestIds.current()));
    }
}
