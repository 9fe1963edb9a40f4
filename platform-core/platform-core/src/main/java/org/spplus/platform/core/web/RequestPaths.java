package org.spplus.platform.core.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** The path a visitor asked for, as they typed it (before the container maps welcome files). */
final class RequestPaths {

    private RequestPaths() {
    }

    /** The decoded request path below the context path, without path parameters such as {@code ;jsessionid}. */
    static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int semicolon = uri.indexOf(';');
        if (semicolon >= 0) {
            uri = uri.substring(0, semicolon);
        }
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        return decoded.isEmpty() ? "/" : decoded;
    }
}
