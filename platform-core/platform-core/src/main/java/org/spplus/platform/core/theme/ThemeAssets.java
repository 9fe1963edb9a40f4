package org.spplus.platform.core.theme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.core.tenancy.Tenant;

/** Reads the files of a network's theme (its logo). */
@ApplicationScoped
public class ThemeAssets {

    @Inject
    Persistence persistence;

    @Transactional
    public Optional<LogoCheck.Logo> logoOf(String tenantId) {
        Tenant tenant = persistence.platform().find(Tenant.class, tenantId);
        return tenant == null || tenant.getLogo() == null ? Optional.empty()
                : Optional.of(new LogoCheck.Logo(tenant.getLogo(), tenant.getLogoMediaType()));
    }
}
