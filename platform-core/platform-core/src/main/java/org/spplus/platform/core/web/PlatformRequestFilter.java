package org.spplus.platform.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.MalformedURLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.spplus.platform.api.plugin.PlatformPlugin;
import org.spplus.platform.core.config.CoreSetting;
import org.spplus.platform.core.config.Settings;
import org.spplus.platform.core.persistence.DatabaseFailures;
import org.spplus.platform.api.security.Roles;
import org.spplus.platform.core.plugin.PluginRegistry;
import org.spplus.platform.api.security.AccessDeniedException;
import org.spplus.platform.api.security.AuthenticationRequiredException;
import org.spplus.platform.core.security.SignIn;
import org.spplus.platform.core.security.SignedInAccount;
import org.spplus.platform.core.startup.PlatformState;
import org.spplus.platform.core.tenancy.TenantDirectory;
import org.spplus.platform.core.tenancy.TenantInfo;
import org.spplus.platform.core.tenancy.TenantRequest;

/**
 * The first thing every request meets: names it in the logs, holds pages back until the platform is
 * ready, resolves the tenant ({@code /t/{tenant}/} or the host), answers 404 for unknown tenants and for
 * plugins the tenant has not switched on, and forwards pretty URLs to their Faces views.
 */
public class PlatformRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Request attribute holding why access was refused (in French), shown by the 403 page. */
    public static final String REFUSAL_ATTRIBUTE = "spplus.refusal";
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            PlatformRequestFilter.class.getName());

    @Inject
    transient PlatformState state;

    @Inject
    transient TenantDirectory directory;

    @Inject
    transient TenantRequest tenantRequest;

    @Inject
    transient PluginRegistry plugins;

    @Inject
    transient Settings settings;

    @Inject
    transient SignedInAccount account;

    @Inject
    transient SignIn signIn;

    private final transient Map<String, Boolean> viewExists = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requestId = RequestIds.next();
        RequestIds.set(requestId);
        LogContext logContext = LogContext.enter("req", requestId);
        request.setAttribute(RequestIds.class.getName(), requestId);
        if (request.getCharacterEncoding() == null) {
            // browsers send forms without a charset: every page is UTF-8, so are its forms (Faces would guess the
            // encoding from the session, which stateless pages do not have)
            request.setCharacterEncoding(java.nio.charset.StandardCharsets.UTF_8.name());
        }
        SecurityHeaders.apply(response);
        try {
            route(request, response, chain);
        } catch (ServletException | IOException | RuntimeException e) {
            if (causedBy(e, AuthenticationRequiredException.class) && !response.isCommitted()) {
                response.reset();
                SecurityHeaders.apply(response);
                toSignIn(request, response);
                return;
            }
            if (causedBy(e, org.spplus.platform.api.web.NotFoundException.class) && !response.isCommitted()) {
                response.reset();
                SecurityHeaders.apply(response);
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            if (causedBy(e, AccessDeniedException.class) && !response.isCommitted()) {
                response.reset();
                SecurityHeaders.apply(response);
                request.setAttribute(REFUSAL_ATTRIBUTE, refusal(e)); // the service's French reason, on the 403 page
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            if (!DatabaseFailures.isUnreachable(e) || response.isCommitted()) {
                throw e;
            }
            // the database went away during the request: its transaction rolled back; say so plainly
            LOG.warning(() -> "Database unreachable during " + request.getRequestURI() + ": "
                    + DatabaseFailures.rootMessage(e));
            response.reset();
            UnavailablePage.write(request, response, PlatformState.Phase.DATABASE_UNREACHABLE);
        } finally {
            AnonymousSessions.adjust(request, settings.getInt(CoreSetting.SESSION_ANONYMOUS_IDLE_SECONDS));
            logContext.restore();
            RequestIds.set(null);
        }
    }

    private void route(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = RequestPaths.pathOf(request);
        if (StaticPaths.isStatic(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (!state.ready()) {
            UnavailablePage.write(request, response, state.phase());
            return;
        }
        if (sessionTooOld(request)) {
            signIn.signOut(request);
            response.sendRedirect(request.getContextPath() + "/connexion?expiree");
            return;
        }
        if (path.equals("/t") || path.startsWith(ViewPaths.TENANT_PREFIX)) {
            String rest = path.length() <= 3 ? "" : path.substring(3);
            int slash = rest.indexOf('/');
            String segment = slash < 0 ? rest : rest.substring(0, slash);
            Optional<TenantInfo> tenant = directory.byPath(segment);
            if (tenant.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            if (slash < 0) {
                response.sendRedirect(request.getContextPath() + ViewPaths.TENANT_PREFIX + segment + "/");
                return;
            }
            backOffice(tenant.get(), false, rest.substring(slash), request, response, chain);
            return;
        }
        Optional<TenantInfo> byHost = directory.byHost(request.getServerName());
        if (byHost.isPresent()) {
            backOffice(byHost.get(), true, path, request, response, chain);
            return;
        }
        publicPage(path, request, response, chain);
    }

    private void backOffice(TenantInfo tenant, boolean byHost, String rest, HttpServletRequest request,
                            HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        tenantRequest.resolve(tenant, byHost);
        LogContext.enter("tenant", tenant.id());
        if (StaticPaths.hasOtherExtension(rest)) {
            chain.doFilter(request, response);
            return;
        }
        if (account.get().isEmpty()) {
            toSignIn(request, response);
            return;
        }
        java.util.Set<String> roles = account.rolesIn(tenant.id());
        if (roles.isEmpty() || rest.startsWith("/administration") && !roles.contains(Roles.NETWORK_ADMIN)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        ViewPaths.BackOfficeView view = ViewPaths.backOfficeView(rest, root -> plugins.byRoot(root).isPresent());
        if (view.pluginRoot() != null) {
            PlatformPlugin plugin = plugins.byRoot(view.pluginRoot()).orElseThrow();
            if (!tenant.enables(plugin.id())) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        forwardToView(view.viewId(), rest, request, response);
    }

    private void publicPage(String path, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> first = ViewPaths.first(path);
        if (first.isPresent() && first.get().equals("bench") && !settings.getBoolean(CoreSetting.BENCH_ENABLED)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (first.isPresent() && PROTECTED_AREAS.containsKey(first.get())) {
            if (account.get().isEmpty()) {
                toSignIn(request, response);
                return;
            }
            String role = PROTECTED_AREAS.get(first.get());
            if (!role.isEmpty() && !account.get().get().platformRoles().contains(role)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        if (first.isPresent()) {
            if (first.get().equals(ViewPaths.BACK_OFFICE) || first.get().equals("WEB-INF")) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            Optional<PlatformPlugin> plugin = plugins.byRoot(first.get());
            if (plugin.isPresent() && !directory.anyTenantEnables(plugin.get().id())) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        if (ViewPaths.isBackOfficeView(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (StaticPaths.hasOtherExtension(path)) {
            chain.doFilter(request, response);
            return;
        }
        String view = ViewPaths.publicView(path);
        if (!path.endsWith(ViewPaths.EXTENSION) && !exists(view)) {
            chain.doFilter(request, response); // a servlet or a file, else the container's 404
            return;
        }
        forwardToView(view, path, request, response);
    }

    private void forwardToView(String viewId, String requestedPath, HttpServletRequest request,
                               HttpServletResponse response) throws IOException, ServletException {
        if (requestedPath.endsWith(ViewPaths.EXTENSION) && "GET".equals(request.getMethod())) {
            // one address per page: the pretty one
            String pretty = ViewPaths.rewrite(request.getContextPath() + viewId, request.getContextPath(),
                    tenantPrefix());
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", pretty + (query == null ? "" : "?" + query));
            return;
        }
        if (!exists(viewId)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(viewId).forward(request, response);
    }

    /** Public areas that need an account: a person's own pages, the platform's consoles. */
    private static final Map<String, String> PROTECTED_AREAS = Map.of("compte", "",
            "plateforme", Roles.PLATFORM_ADMIN, "moderation", Roles.MODERATOR);

    private static void toSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"GET".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String uri = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.sendRedirect(request.getContextPath() + "/connexion?retour="
                + java.net.URLEncoder.encode(uri, java.nio.charset.StandardCharsets.UTF_8));
    }

    private boolean sessionTooOld(HttpServletRequest request) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        Object since = session == null ? null : session.getAttribute(SignIn.SIGNED_IN_AT);
        return since instanceof Long at && System.currentTimeMillis() - at
                > settings.getInt(CoreSetting.SESSION_ABSOLUTE_HOURS) * 3_600_000L;
    }

    /** The message of the access refusal in the cause chain. */
    private static String refusal(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AccessDeniedException denied) {
                return denied.getMessage();
            }
        }
        return null;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private String tenantPrefix() {
        TenantInfo tenant = tenantRequest.tenant();
        return tenant == null || tenantRequest.addressedByHost() ? "" : ViewPaths.TENANT_PREFIX + tenant.pathSegment();
    }

    private boolean exists(String viewId) {
        return viewExists.computeIfAbsent(viewId, id -> {
            try {
                return getServletContext().getResource(id) != null;
            } catch (MalformedURLException e) {
                return false;
            }
        });
    }
}
