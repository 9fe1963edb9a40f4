package org.spplus.platform.core.web;

/**
 * Requests that bypass routing: files, and the server's own endpoints (health, metrics, OpenAPI), which
 * Payara serves inside the application deployed at the root context and which must answer while the
 * platform is not ready.
 */
final class StaticPaths {

    private StaticPaths() {
    }

    static boolean isStatic(String path) {
        return path.startsWith("/dsfr/") || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/theme/")
                || path.equals("/favicon.ico") || path.equals("/robots.txt")
                || isServerEndpoint(path);
    }

    static boolean isServerEndpoint(String path) {
        return path.equals("/health") || path.startsWith("/health/") || path.equals("/metrics")
                || path.startsWith("/metrics/") || path.equals("/openapi") || path.startsWith("/openapi/");
    }

    /** A path whose last segment has an extension other than .xhtml (an image, a stylesheet...). */
    static boolean hasOtherExtension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash && !path.endsWith(ViewPaths.EXTENSION);
    }
}
