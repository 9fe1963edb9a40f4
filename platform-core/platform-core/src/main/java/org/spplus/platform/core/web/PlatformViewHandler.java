package org.spplus.platform.core.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
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

    /** The request's tenant, as a CDI client proxy: looked up once (a CDI lookup walks the caller's stack). */
    private volatile TenantRequest tenantRequest;

    public PlatformViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    /**
     * The pretty URL, except for a form that sends files: the container reads a multipart body only for a
     * request it maps to the Faces servlet itself (a forward from the pretty URL comes too late), so that
     * form posts to the pretty path with the view extension, which routing accepts as well.
     */
    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = pretty(context, super.getActionURL(context, viewId));
        return sendsFiles(context) ? withExtension(url) : url;
    }

    private static boolean sendsFiles(FacesContext context) {
        return UIComponent.getCurrentComponent(context) instanceof UIForm form
                && "multipart/form-data".equalsIgnoreCase(String.valueOf(form.getAttributes().get("enctype")));
    }

    private static String withExtension(String url) {
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        String tail = query < 0 ? "" : url.substring(query);
        if (path.endsWith(ViewPaths.EXTENSION)) {
            return url;
        }
        return (path.endsWith("/") ? path + "index" : path) + ViewPaths.EXTENSION + tail;
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

    private String pretty(FacesContext context, String url) {
        String contextPath = context.getExternalContext().getRequestContextPath();
        TenantRequest request = tenantRequest;
        if (request == null) {
            request = CDI.current().select(TenantRequest.class).get();
            tenantRequest = request;
        }
        TenantInfo tenant = request.tenant();
        String prefix = tenant == null || request.addressedByHost() ? "" : ViewPaths.TENANT_PREFIX + tenant.pathSegment();
        return ViewPaths.rewrite(url, contextPath, prefix);
    }
}
