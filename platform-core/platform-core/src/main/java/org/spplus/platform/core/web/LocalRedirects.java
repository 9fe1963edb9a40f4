package org.spplus.platform.core.web;

/** Keeps "return to" addresses on the platform: no open redirect to another site. */
public final class LocalRedirects {

    private LocalRedirects() {
    }

    /** The path if it is a local absolute path (below the context path), else null. */
    public static String safe(String path) {
        if (path == null || path.isBlank() || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
                || path.contains("\r") || path.contains("\n") || path.length() > 500) {
            return null;
        }
        return path;
    }
}
