package org.spplus.platform.core.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The platform's public API, under {@code /api}: plugins add their resources (open data) to it. Described
 * with OpenAPI at {@code /openapi}; rate-limited per client address ({@link ApiRateLimit}).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Services Publics+ – API publique", version = "1",
        description = "Données ouvertes de la plateforme : expériences publiées, réponses et actions d'amélioration. "
                + "Aucune donnée personnelle. Limité par adresse (voir platform.api.requests-per-minute)."))
public class PublicApi extends Application {
}
