package org.spplus.platform.core.theme;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.spplus.platform.core.tenancy.TenantDirectory;

/**
 * Serves a network's logo ({@code /theme/logo/<tenant>}), with a policy that forbids any script even if
 * an SVG slipped one through, and caching always revalidated by ETag.
 */
@WebServlet("/theme/logo/*")
public class TenantLogoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TenantDirectory directory;

    @Inject
    transient ThemeAssets assets;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (directory.byId(id).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var logo = assets.logoOf(id);
        if (logo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = logo.get().content();
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(content)) + "\"";
        response.setHeader("ETag", etag);
        // revalidated at each use (a 304 while unchanged): a logo replaced by its network shows at once
        response.setHeader("Cache-Control", "public, no-cache");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(logo.get().mediaType());
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
