package org.spplus.platform.core.web;

/** Keeps "return to" addresses on the platform: no open redirect to another site. */
public final class LocalRedirects {

    private LocalRedirects() {
    }

    /** The path if it is a local absolute path (below the context path), else null. */
    public static String safe(String path) {
        if (path == null || path.isBlank() || !path.startsWith("/") || path.startsWith("//") || path.length() > 500
                || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            // browsers drop tabs and newlines and read "\\" as "/": "/\t/site" or "/\\site" would leave the platform
            return null;
        }
        return path;
    }
}
