package org.spplus.platform.core.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.spplus.platform.api.web.PublicLinks;
import org.spplus.platform.core.config.CoreSetting;
import org.spplus.platform.core.config.Settings;

/** {@link PublicLinks} from {@code platform.public-url}: the one place absolute links are made. */
@ApplicationScoped
public class ConfiguredPublicLinks implements PublicLinks {

    @Inject
    Settings settings;

    @Inject
    org.spplus.platform.core.tenancy.TenantDirectory tenants;

    @Override
    public String absolute(String path) {
        return settings.get(CoreSetting.PUBLIC_URL).replaceAll("/+$", "") + path;
    }

    @Override
    public String backOffice(String tenantId, String path) {
        String segment = tenants.byId(tenantId).map(t -> t.pathSegment()).orElse(tenantId);
        return absolute(ViewPaths.TENANT_PREFIX + segment + path);
    }
}
