package org.spplus.plugin.experiences.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.spplus.platform.api.tenant.TenantCatalog;
import org.spplus.platform.api.tenant.TenantRef;
import org.spplus.platform.api.tenant.TenantScope;
import org.spplus.plugin.experiences.ExperiencesPlugin;
import org.spplus.plugin.experiences.dashboard.boundary.Dashboards;

/**
 * A network's public page: what it does with its users' experiences, in figures over the last twelve months
 * (stories received, answer rate, median delay, answers within the target, usefulness as rated by the authors,
 * feelings) with its latest stories and improvement actions. Only networks that have the plugin switched on
 * have one.
 */
@ApplicationScoped
public class PublicNetworks {

    /** Months the public figures cover, the current one included. */
    public static final int MONTHS = 12;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int LATEST = 3;

    public record NetworkProfile(TenantRef network, Dashboards.Dashboard figures, List<PublicQueries.Row> latestStories,
                                 List<PublicQueries.PublicAction> latestActions) {
    }

    @Inject
    TenantCatalog tenants;

    @Inject
    TenantScope tenantScope;

    @Inject
    Dashboards dashboards;

    @Inject
    PublicQueries queries;

    @Inject
    Clock clock;

    public Optional<NetworkProfile> profile(String tenantId) {
        if (tenantId == null || tenantId.isBlank() || !tenants.enables(tenantId, ExperiencesPlugin.ID)) {
            return Optional.empty();
        }
        Optional<TenantRef> network = tenants.byId(tenantId);
        if (network.isEmpty()) {
            return Optional.empty();
        }
        YearMonth to = YearMonth.now(clock.withZone(PARIS));
        Dashboards.Dashboard figures;
        try {
            figures = tenantScope.callAs(tenantId, () -> dashboards.networkFigures(to.minusMonths(MONTHS - 1), to));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        PublicQueries.Filter latest = new PublicQueries.Filter(tenantId, null, null, null, null, null, null, null, null, null);
        return Optional.of(new NetworkProfile(network.get(), figures,
                queries.list(latest, Optional.empty(), LATEST).rows(), queries.latestActions(tenantId, LATEST)));
    }
}
