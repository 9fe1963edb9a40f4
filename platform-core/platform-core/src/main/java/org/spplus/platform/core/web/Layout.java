package org.spplus.platform.core.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.spplus.platform.core.tenancy.TenantInfo;
import org.spplus.platform.core.tenancy.TenantRequest;
import org.spplus.platform.core.web.frame.SharedFragment;

/** What the page layout shows around every page: tenant, navigation, language. Prepared once per request. */
@Named
@RequestScoped
public class Layout {

    @Inject
    TenantRequest tenantRequest;

    @Inject
    NavigationService navigation;

    @Inject
    org.spplus.platform.api.security.CurrentUser user;

    @Inject
    org.spplus.platform.core.theme.Theme theme;

    private Locale locale;
    private TenantInfo tenant;
    private String tenantPrefix;
    private List<NavigationService.Link> links;

    @PostConstruct
    void prepare() {
        FacesContext faces = FacesContext.getCurrentInstance();
        locale = faces == null ? Languages.FRENCH : faces.getViewRoot() == null
                ? Languages.of(faces.getExternalContext()) : faces.getViewRoot().getLocale();
        tenant = tenantRequest.tenant();
        tenantPrefix = tenant == null || tenantRequest.addressedByHost() ? "" : ViewPaths.TENANT_PREFIX + tenant.pathSegment();
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isBackOffice() {
        return tenant != null;
    }

    public boolean isNetworkAdmin() {
        return tenant != null && user.hasRole(org.spplus.platform.api.security.Roles.NETWORK_ADMIN);
    }

    public TenantInfo getTenant() {
        return tenant;
    }

    /** {@code /t/caf} for a tenant addressed by path, empty otherwise. */
    public String getTenantPrefix() {
        return tenantPrefix;
    }

    /** The navigation's links, computed when the header is written (a request in the background writes none). */
    public List<NavigationService.Link> getLinks() {
        if (links == null) {
            links = tenant == null ? navigation.publicLinks(locale) : navigation.backOfficeLinks(tenant, tenantPrefix, locale);
        }
        return links;
    }

    /** The request's reference, kept as a request attribute so that error pages rendered later still have it. */
    /** The address of this page below the context path, for "back here" links (language switch, sign-in). */
    public String getHere() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (SharedFragment.writingShared(faces)) {
            return SharedFragment.HERE; // put back for each page that copies the part
        }
        var request = (jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest();
        Object forwarded = request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded != null ? String.valueOf(forwarded) : request.getRequestURI();
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        Object query = request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_QUERY_STRING);
        String q = forwarded != null ? (query == null ? null : String.valueOf(query)) : request.getQueryString();
        return java.net.URLEncoder.encode(path + (q == null ? "" : "?" + q), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The key of the page header shared by the visitors who are not signed in ({@link SharedFragment}): what it
     * depends on (theme, language, place, links); null for a person signed in, whose header names them.
     */
    public String getSharedHeaderKey() {
        if (user.get().isPresent()) {
            return null;
        }
        StringBuilder key = new StringBuilder("header|").append(theme.getKind()).append('|').append(getLanguage())
                .append('|').append(tenant == null ? "" : tenant.id()).append('|').append(tenantPrefix);
        getLinks().forEach(link -> key.append('|').append(link.path()).append('=').append(link.label()));
        return key.toString();
    }

    /** The key of the shared page footer, which depends on the theme and the language only (see above). */
    public String getSharedFooterKey() {
        return user.get().isPresent() ? null : "footer|" + theme.getKind() + '|' + getLanguage();
    }

    public String getOtherLanguage() {
        return "en".equals(getLanguage()) ? "fr" : "en";
    }

    public String getRequestId() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Object id = faces == null ? null : faces.getExternalContext().getRequestMap().get(RequestIds.class.getName());
        return id == null ? RequestIds.current() : String.valueOf(id);
    }
}
