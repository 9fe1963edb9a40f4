package org.spplus.platform.core.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.spplus.platform.api.tenant.TenantScope;
import org.spplus.platform.core.config.CoreSetting;
import org.spplus.platform.core.config.Settings;
import org.spplus.platform.core.tenancy.definition.DefinitionSet;
import org.spplus.platform.core.tenancy.definition.TenantDefinition;
import org.spplus.platform.core.tenancy.definition.TenantDefinition.DemoAccount;

/**
 * The demo accounts declared in the tenant definitions: created in demo mode only, all with the demo
 * password, and listed for newcomers.
 */
@ApplicationScoped
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    /** A demo account as printed: who, where, which roles. */
    public record Listed(String email, String name, String where, Set<String> roles) {
    }

    @Inject
    Settings settings;

    @Inject
    DemoAccountWriter writer;

    @Inject
    TenantScope tenantScope;

    private volatile List<Listed> listed = List.of();

    public boolean enabled() {
        return settings.getBoolean(CoreSetting.DEMO_ENABLED);
    }

    /** Creates or refreshes the demo accounts of a loaded definition set. */
    public void provision(DefinitionSet set) {
        if (!enabled()) {
            return;
        }
        java.util.function.Supplier<String> hash = new java.util.function.Supplier<>() {
            private String value;

            @Override
            public String get() { // hashing is deliberately slow: only when an account is created
                if (value == null) {
                    value = writer.hash(settings.get(CoreSetting.DEMO_PASSWORD));
                }
                return value;
            }
        };
        List<Listed> result = new ArrayList<>();
        for (DemoAccount account : set.platform().demoAccounts()) {
            writer.platformAccount(account, hash);
            result.add(new Listed(account.email(), account.name(), "plateforme", new HashSet<>(account.roles())));
        }
        for (TenantDefinition tenant : set.tenants()) {
            for (DemoAccount account : tenant.demoAgents()) {
                long accountId = writer.platformAccount(new DemoAccount(account.email(), account.name(), List.of(),
                        List.of()), hash);
                tenantScope.runAs(tenant.id(), () -> writer.agent(accountId, account));
                result.add(new Listed(account.email(), account.name(), tenant.shortName(), new HashSet<>(account.roles())));
            }
        }
        listed = List.copyOf(result);
        LOG.info(() -> "Demo accounts ready: " + listed.size());
    }

    /** Prints the demo accounts for the launcher's banner. */
    public void describe(PrintWriter out) {
        if (listed.isEmpty()) {
            return;
        }
        out.println("Comptes de démonstration (mot de passe : " + settings.get(CoreSetting.DEMO_PASSWORD) + ") :");
        for (Listed account : listed) {
            out.printf("  %-42s %-18s %s%n", account.email(), account.where(), String.join(", ", account.roles()));
        }
    }

    public List<Listed> listed() {
        return listed;
    }
}
