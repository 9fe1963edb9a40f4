package org.spplus.platform.core.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spplus.platform.core.tenancy.TenantInfo;
import org.spplus.platform.core.tenancy.TenantRequest;

/**
 * Makes every URL Faces writes (form actions, links, redirects) the pretty, tenant-prefixed one of
 * {@link ViewPaths}, and picks the page's language (French unless the visitor chose English).
 */
public class PlatformViewHandler extends ViewHandlerWrapper {

    public PlatformViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        return pretty(context, super.getActionURL(context, viewId));
    }

    @Override
    public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                     boolean includeViewParams) {
        return pretty(context, super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                 boolean includeViewParams) {
        return pretty(context, super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return Languages.of(context.getExternalContext());
    }

    private static String pretty(FacesContext context, String url) {
        String contextPath = context.getExternalContext().getRequestContextPath();
        TenantRequest request = CDI.current().select(TenantRequest.class).get();
        TenantInfo tenant = request.tenant();
        String prefix = tenant == null || request.addressedByHost() ? "" : ViewPaths.TENANT_PREFIX + tenant.pathSegment();
        return ViewPaths.rewrite(url, contextPath, prefix);
    }
}
