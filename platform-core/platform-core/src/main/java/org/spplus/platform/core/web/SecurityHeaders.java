package org.spplus.platform.core.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers every response carries. The Content-Security-Policy of pages is written by PrimeFaces (its
 * nonce mode, with the policy of {@link CspPolicy}); the one here covers everything else.
 */
final class SecurityHeaders {

    static final String DEFAULT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
            + "form-action 'self'";

    private SecurityHeaders() {
    }

    static void apply(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    }

    /** For responses Faces does not render (files, servlets, error pages written by hand). */
    static void applyDefaultPolicy(HttpServletResponse response) {
        if (!response.containsHeader("Content-Security-Policy")) {
            response.setHeader("Content-Security-Policy", DEFAULT_POLICY);
        }
    }
}
