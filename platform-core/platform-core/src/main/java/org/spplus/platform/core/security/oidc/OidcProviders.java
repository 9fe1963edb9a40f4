package org.spplus.platform.core.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.spplus.platform.core.config.CoreSetting;
import org.spplus.platform.core.config.Settings;

/** The identity providers switched on by configuration (a provider is on when its issuer and client id are set). */
@ApplicationScoped
public class OidcProviders {

    @Inject
    Settings settings;

    public List<OidcProvider> enabled() {
        List<OidcProvider> providers = new ArrayList<>();
        provider(OidcProvider.FRANCECONNECT, "FranceConnect", CoreSetting.FRANCECONNECT_ISSUER,
                CoreSetting.FRANCECONNECT_CLIENT_ID, CoreSetting.FRANCECONNECT_CLIENT_SECRET,
                CoreSetting.FRANCECONNECT_SCOPES, "eidas1").ifPresent(providers::add);
        provider(OidcProvider.PROCONNECT, "ProConnect", CoreSetting.PROCONNECT_ISSUER, CoreSetting.PROCONNECT_CLIENT_ID,
                CoreSetting.PROCONNECT_CLIENT_SECRET, CoreSetting.PROCONNECT_SCOPES, null).ifPresent(providers::add);
        return providers;
    }

    public Optional<OidcProvider> find(String name) {
        return enabled().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public boolean isEnabled(String name) {
        return find(name).isPresent();
    }

    private Optional<OidcProvider> provider(String name, String label, CoreSetting issuer, CoreSetting clientId,
                                            CoreSetting secret, CoreSetting scopes, String acr) {
        String iss = settings.get(issuer);
        String id = settings.get(clientId);
        if (iss.isBlank() || id.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new OidcProvider(name, label, iss.replaceAll("/+$", ""), id, settings.get(secret),
                settings.get(scopes), acr));
    }
}
