package org.spplus.platform.core.theme;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.spplus.platform.core.config.CoreSetting;
import org.spplus.platform.core.config.Settings;
import org.spplus.platform.core.tenancy.TenantInfo;
import org.spplus.platform.core.tenancy.TenantRequest;

/**
 * The one place where the look of a page is decided: the base theme of the deployment (the State
 * design system, or the neutral theme for deployments not entitled to it) and the current tenant's
 * tokens (display name, logo, accent colour), which never touch the State's identity elements.
 */
@Named
@RequestScoped
public class Theme {

    public static final String DSFR = "dsfr";
    public static final String NEUTRAL = "neutre";

    @Inject
    Settings settings;

    @Inject
    TenantRequest tenantRequest;

    private String kind;
    private TenantInfo tenant;

    @PostConstruct
    void resolve() {
        kind = NEUTRAL.equals(settings.get(CoreSetting.THEME)) ? NEUTRAL : DSFR;
        tenant = tenantRequest.tenant();
    }

    /** "dsfr" or "neutre": picks the header and footer templates and the stylesheets. */
    public String getKind() {
        return kind;
    }

    public boolean isStateBrand() {
        return DSFR.equals(kind);
    }

    /** Stylesheets below the context path, in order. */
    public List<String> getStylesheets() {
        return isStateBrand()
                ? List.of("/dsfr/dsfr.min.css", "/dsfr/utility/icons/icons.min.css", "/theme/spplus-dsfr.css")
                : List.of("/theme/neutre.css");
    }

    /** Whether a network's tokens apply to this page (its back office). */
    public boolean isTenantTokens() {
        return tenant != null;
    }

    public String getTenantName() {
        return tenant == null ? null : tenant.ref().name();
    }

    /** The network's accent colour, checked for contrast when set, or null. */
    public String getAccentColor() {
        return tenant == null ? null : tenant.accentColor();
    }

    /** The network's logo address below the context path, or null. */
    public String getLogoPath() {
        return tenant == null || !tenant.hasLogo() ? null : "/theme/logo/" + tenant.id();
    }
}
