package org.spplus.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.tenant.TenantScope;
import org.spplus.platform.core.organisation.OrganisationException;
import org.spplus.platform.core.organisation.OrganisationService;
import org.spplus.platform.core.organisation.UnitFields;
import org.spplus.webapp.essai.EssaiInboxHandover;

/** The organisation tree: subtree queries, moves of whole branches, closing with inbox hand-over. */
@ExtendWith(ArquillianExtension.class)
class OrganisationTreeIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.withEssaiPlugin();
    }

    @Inject
    TenantScope tenants;

    @Inject
    OrganisationService organisation;

    @Inject
    Persistence persistence;

    @Inject
    EssaiInboxHandover handover;

    private OrgUnitView alpha(String code) throws Exception {
        return tenants.callAs("alpha", () -> organisation.findByCode(code).orElseThrow());
    }

    @Test
    void subtreeAndAncestorsFollowTheTree() throws Exception {
        OrgUnitView root = alpha("alpha-national");
        OrgUnitView gard = alpha("alpha-30");
        OrgUnitView nimes = alpha("alpha-30-nimes");
        Set<Long> underGard = tenants.callAs("alpha", () -> organisation.subtreeIds(gard.id()));
        assertThat(underGard).contains(gard.id(), nimes.id()).doesNotContain(root.id());
        assertThat(tenants.callAs("alpha", () -> organisation.ancestors(nimes.id())))
                .extracting(OrgUnitView::code).containsExactly("alpha-national", "alpha-occitanie", "alpha-30");
        assertThat(tenants.callAs("alpha", () -> organisation.isInSubtree(nimes.id(), root.id()))).isTrue();
        assertThat(tenants.callAs("alpha", () -> organisation.isInSubtree(root.id(), nimes.id()))).isFalse();
    }

    @Test
    void aMovedBranchCarriesEverythingBelowIt() throws Exception {
        OrgUnitView national = alpha("alpha-national");
        OrgUnitView branch = tenants.callAs("alpha", () -> organisation.create(national.id(),
                new UnitFields("alpha-branche", "Branche mobile", "Service", null, null)));
        OrgUnitView leaf = tenants.callAs("alpha", () -> organisation.create(branch.id(),
                new UnitFields("alpha-branche-feuille", "Feuille", "Service", null, null)));
        OrgUnitView herault = alpha("alpha-34");
        tenants.callAs("alpha", () -> organisation.move(branch.id(), herault.id()));
        OrgUnitView movedLeaf = tenants.callAs("alpha", () -> organisation.find(leaf.id()).orElseThrow());
        assertThat(movedLeaf.depth()).isEqualTo(herault.depth() + 2);
        assertThat(tenants.callAs("alpha", () -> organisation.ancestors(leaf.id())))
                .extracting(OrgUnitView::code).endsWith("alpha-34", "alpha-branche");
        assertThat(tenants.callAs("alpha", () -> organisation.subtreeIds(herault.id()))).contains(leaf.id());
        assertThatThrownBy(() -> tenants.callAs("alpha", () -> organisation.move(branch.id(), leaf.id())))
                .isInstanceOf(OrganisationException.class).hasMessageContaining("sous elle-même");
    }

    @Test
    void closingAnEntityHandsItsInboxToTheNearestOpenAncestor() throws Exception {
        OrgUnitView ales = alpha("alpha-30-ales");
        OrgUnitView gard = alpha("alpha-30");
        tenants.callAs("alpha", () -> organisation.close(ales.id()));
        assertThat(tenants.callAs("alpha", () -> organisation.inboxHolder(ales.id())).code()).isEqualTo("alpha-30");
        assertThat(handover.received()).anySatisfy(event -> {
            assertThat(event.unitId()).isEqualTo(ales.id());
            assertThat(event.inboxHolderId()).isEqualTo(gard.id());
            assertThat(event.tenantId()).isEqualTo("alpha");
        });
        tenants.callAs("alpha", () -> organisation.reopen(ales.id()));
        assertThatThrownBy(() -> tenants.callAs("alpha", () -> organisation.close(alpha("alpha-national").id())))
                .isInstanceOf(OrganisationException.class);
    }

    @Test
    void theTreeKeptInMemoryFollowsEveryChangeAndNoneRolledBack() throws Exception {
        OrgUnitView national = alpha("alpha-national");
        OrgUnitView direction = tenants.callAs("alpha", () -> organisation.create(national.id(),
                new UnitFields("alpha-memoire", "Direction en mémoire", "Direction", null, "30")));
        Set<Long> before = tenants.callAs("alpha", () -> organisation.subtreeIds(direction.id()));
        assertThat(before).containsExactly(direction.id());

        // written without the service, as another server of the platform (or a script) would: seen at the next read
        tenants.callAs("alpha", () -> Transactions.commit(() -> persistence.tenant().createNativeQuery(
                "insert into core_org_unit (id, tenant_id, code, name, unit_type, parent_id, path, depth, search_text) "
                        + "select 990001, 'alpha', 'alpha-memoire-uzes', 'Accueil d''Uzès', 'Accueil', id, path || '990001/', "
                        + "depth + 1, 'accueil d''uzes' from core_org_unit where id = ?1")
                .setParameter(1, direction.id()).executeUpdate()));
        assertThat(tenants.callAs("alpha", () -> organisation.subtreeIds(direction.id())))
                .containsAll(before).contains(990001L).hasSize(before.size() + 1);
        assertThat(tenants.callAs("alpha", () -> organisation.find(990001L)).orElseThrow().name()).isEqualTo("Accueil d'Uzès");
        assertThat(tenants.callAs("alpha", () -> organisation.wholeTree())).extracting(OrgUnitView::code)
                .containsSubsequence("alpha-memoire", "alpha-memoire-uzes");
        tenants.callAs("alpha", () -> Transactions.commit(() -> persistence.tenant().createNativeQuery(
                "update core_org_unit set name = 'Accueil d''Uzès (fermé le lundi)' where id = 990001").executeUpdate()));
        assertThat(tenants.callAs("alpha", () -> organisation.find(990001L)).orElseThrow().name())
                .isEqualTo("Accueil d'Uzès (fermé le lundi)");

        // a transaction sees its own changes, and they are gone with it when it rolls back
        tenants.callAs("alpha", () -> {
            Transactions.rollback(() -> {
                OrgUnitView created = organisation.create(direction.id(),
                        new UnitFields("alpha-memoire-ephemere", "Antenne éphémère", "Antenne", null, "30"));
                assertThat(organisation.subtreeIds(direction.id())).contains(created.id());
                assertThat(organisation.ancestors(created.id())).extracting(OrgUnitView::code).endsWith("alpha-memoire");
                organisation.close(created.id());
                assertThat(organisation.inboxHolder(created.id()).code()).isEqualTo("alpha-memoire");
                return null;
            });
            return null;
        });
        assertThat(tenants.callAs("alpha", () -> organisation.wholeTree())).extracting(OrgUnitView::code)
                .doesNotContain("alpha-memoire-ephemere");
        assertThat(tenants.callAs("alpha", () -> organisation.subtreeIds(direction.id()))).hasSize(before.size() + 1);

        // another tenant's tree is its own
        assertThat(tenants.callAs("beta", () -> organisation.find(990001L))).isEmpty();
        assertThat(tenants.callAs("beta", () -> organisation.wholeTree())).extracting(OrgUnitView::code)
                .allMatch(code -> code.startsWith("beta"));
    }

    @Test
    void subtreeQueriesUseThePathIndexOnThousandsOfEntities() throws Exception {
        OrgUnitView beta = tenants.callAs("beta", () -> organisation.findByCode("beta-35").orElseThrow());
        String betaPath = pathOf(beta.id());
        tenants.callAs("beta", () -> Transactions.commit(() -> persistence.tenant().createNativeQuery(
                "insert into core_org_unit (id, tenant_id, code, name, unit_type, parent_id, path, depth, search_text) "
                        + "select n, 'beta', 'beta-gen-' || n, 'Antenne ' || n, 'Antenne', ?1, ?2 || n || '/', ?3, "
                        + "'antenne ' || n from generate_series(1000000, 1004999) n")
                .setParameter(1, beta.id())
                .setParameter(2, betaPath)
                .setParameter(3, beta.depth() + 1)
                .executeUpdate()));
        assertThat(tenants.callAs("beta", () -> organisation.subtreeIds(beta.id()))).hasSizeGreaterThan(5000);
        @SuppressWarnings("unchecked")
        List<String> plan = tenants.callAs("beta", () -> Transactions.commit(() -> {
            persistence.tenant().createNativeQuery("analyze core_org_unit").executeUpdate();
            return persistence.tenant().createNativeQuery("explain select id from core_org_unit where tenant_id = 'beta' "
                    + "and path >= ?1 and path < ?2").setParameter(1, betaPath + "1002500/")
                    .setParameter(2, betaPath + "10025000").getResultList();
        }));
        // a selective subtree (one branch of a big tree) is found through the path index, as when it is moved
        // (reads of the tree go to the tree kept in memory)
        assertThat(String.join("\n", plan)).contains("core_org_unit_path");
    }

    private String pathOf(long unitId) throws Exception {
        return tenants.callAs("beta", () -> Transactions.commit(() -> (String) persistence.tenant()
                .createNativeQuery("select path from core_org_unit where id = ?1").setParameter(1, unitId)
                .getSingleResult()));
    }
}
