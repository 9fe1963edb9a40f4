package org.spplus.platform.core.web;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one place that maps public URLs to Faces views and back.
 *
 * <ul>
 *   <li>Public pages: {@code /a/b} ↔ view {@code /a/b.xhtml}; {@code /} and {@code /a/} ↔ {@code index.xhtml}.</li>
 *   <li>A tenant's back office, {@code /t/{tenant}/...} (or the tenant's own host): core pages
 *       {@code /t/caf/x} ↔ {@code /backoffice/x.xhtml}; a plugin's pages {@code /t/caf/<root>/x} ↔
 *       {@code /<root>/backoffice/x.xhtml}.</li>
 * </ul>
 * Back-office views are never reachable without a tenant.
 */
public final class ViewPaths {

    public static final String TENANT_PREFIX = "/t/";
    public static final String BACK_OFFICE = "backoffice";
    public static final String EXTENSION = ".xhtml";

    private ViewPaths() {
    }

    /** A back-office path after the tenant prefix, mapped to its view. */
    public record BackOfficeView(String pluginRoot, String viewId) {
    }

    /**
     * Maps the rest of a back-office URL (after {@code /t/{tenant}}, starting with "/") to its view.
     *
     * @param isPluginRoot tells which first segments are plugin roots
     */
    public static BackOfficeView backOfficeView(String rest, Predicate<String> isPluginRoot) {
        String path = rest == null || rest.isEmpty() ? "/" : rest;
        String first = firstSegment(path);
        if (first != null && isPluginRoot.test(first)) {
            String inside = path.substring(first.length() + 1);
            return new BackOfficeView(first, "/" + first + "/" + BACK_OFFICE + viewOf(inside));
        }
        return new BackOfficeView(null, "/" + BACK_OFFICE + viewOf(path));
    }

    /** Maps a public URL path to its view id. */
    public static String publicView(String path) {
        return viewOf(path == null || path.isEmpty() ? "/" : path);
    }

    /** Whether a view id belongs to a back office (core or plugin). */
    public static boolean isBackOfficeView(String viewId) {
        if (viewId == null) {
            return false;
        }
        if (viewId.startsWith("/" + BACK_OFFICE + "/")) {
            return true;
        }
        int second = viewId.indexOf('/', 1);
        return second > 0 && viewId.startsWith("/" + BACK_OFFICE + "/", second);
    }

    /**
     * The URL path (below the context path) of a view id.
     *
     * @param tenantPrefix {@code "/t/caf"} when rendering for a tenant addressed by path, {@code ""} when
     *                     addressed by host; ignored for public views
     */
    public static String urlOf(String viewId, String tenantPrefix) {
        String path = stripExtension(viewId);
        if (path.startsWith("/" + BACK_OFFICE + "/")) {
            return tenantPrefix + prettyIndex(path.substring(BACK_OFFICE.length() + 1));
        }
        int second = path.indexOf('/', 1);
        if (second > 0 && path.startsWith("/" + BACK_OFFICE + "/", second)) {
            String root = path.substring(0, second);
            return tenantPrefix + root + prettyIndex(path.substring(second + BACK_OFFICE.length() + 1));
        }
        return prettyIndex(path);
    }

    /** Rewrites the path part of a URL produced by Faces ({@code /ctx/backoffice/x.xhtml?a=b}) to its public form. */
    public static String rewrite(String url, String contextPath, String tenantPrefix) {
        if (url == null || !url.startsWith(contextPath + "/")) {
            return url;
        }
        int query = indexOfAny(url, '?', '#');
        String path = query < 0 ? url : url.substring(0, query);
        String tail = query < 0 ? "" : url.substring(query);
        String inside = path.substring(contextPath.length());
        if (!inside.endsWith(EXTENSION) || inside.startsWith("/jakarta.faces.resource/")) {
            return url;
        }
        return contextPath + urlOf(inside, tenantPrefix) + tail;
    }

    /** The first segment of an absolute path, or null for "/". */
    public static Optional<String> first(String path) {
        return Optional.ofNullable(firstSegment(path));
    }

    private static String firstSegment(String path) {
        if (path == null || path.length() < 2) {
            return null;
        }
        int next = path.indexOf('/', 1);
        return next < 0 ? path.substring(1) : path.substring(1, next);
    }

    private static String viewOf(String path) {
        if (path.isEmpty() || path.endsWith("/")) {
            return (path.isEmpty() ? "/" : path) + "index" + EXTENSION;
        }
        return path.endsWith(EXTENSION) ? path : path + EXTENSION;
    }

    private static String stripExtension(String viewId) {
        return viewId.endsWith(EXTENSION) ? viewId.substring(0, viewId.length() - EXTENSION.length()) : viewId;
    }

    private static String prettyIndex(String path) {
        if (path.equals("/index")) {
            return "/";
        }
        return path.endsWith("/index") ? path.substring(0, path.length() - "index".length()) : path;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
