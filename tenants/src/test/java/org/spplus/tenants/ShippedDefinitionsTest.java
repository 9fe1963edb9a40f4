package org.spplus.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spplus.platform.core.tenancy.definition.DefinitionProblem;
import org.spplus.platform.core.tenancy.definition.DefinitionSet;
import org.spplus.platform.core.tenancy.definition.TenantDefinition;
import org.spplus.platform.core.tenancy.definition.TenantDefinition.UnitDefinition;
import org.spplus.platform.core.tenancy.definition.TenantDefinitionReader;
import org.spplus.platform.core.tenancy.definition.TenantSources;

/** The networks shipped with the platform are valid, realistic and cover the pilot départements. */
class ShippedDefinitionsTest {

    private static final Map<String, Set<String>> PLUGINS = Map.of("experiences", Set.of("answerTargetDays"));

    private final TenantSources sources = TenantSources.fromDirectory(Path.of("").toAbsolutePath());
    private final DefinitionSet set = new TenantDefinitionReader(PLUGINS)
            .read(sources.tenantFiles(), sources.platformFile().orElseThrow());

    @Test
    void everyDefinitionIsValid() {
        assertThat(set.problems()).extracting(DefinitionProblem::toString).isEmpty();
        assertThat(set.warnings()).isEmpty();
        assertThat(set.tenants()).extracting(TenantDefinition::id)
                .contains("caf", "dgfip", "assurance-maladie", "france-travail", "gendarmerie", "ants");
    }

    @Test
    void treesAreRealisticInSizeAndDepth() {
        for (TenantDefinition tenant : set.tenants()) {
            long size = tenant.organisation().flatten().count();
            assertThat(size).as(tenant.id()).isBetween(60L, 250L);
            assertThat(depth(tenant.organisation())).as(tenant.id()).isBetween(3, 4);
            assertThat(tenant.organisation().flatten().map(UnitDefinition::departement))
                    .as(tenant.id() + " covers the pilot départements").contains("30", "34");
            assertThat(tenant.demoAgents()).extracting(TenantDefinition.DemoAccount::roles)
                    .as(tenant.id()).hasSize(3);
        }
    }

    @Test
    void platformAccountsCoverThePlatformRoles() {
        assertThat(set.platform().demoAccounts()).flatExtracting(TenantDefinition.DemoAccount::roles)
                .contains("moderator", "platform-admin", "citizen");
    }

    private static int depth(UnitDefinition unit) {
        return 1 + unit.children().stream().mapToInt(ShippedDefinitionsTest::depth).max().orElse(0);
    }
}
