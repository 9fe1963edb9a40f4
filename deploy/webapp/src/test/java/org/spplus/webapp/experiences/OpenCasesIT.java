package org.spplus.webapp.experiences;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.tenant.TenantScope;
import org.spplus.plugin.experiences.dashboard.control.Figures;
import org.spplus.plugin.experiences.handling.control.CaseRouting;
import org.spplus.plugin.experiences.handling.control.Deliveries;
import org.spplus.plugin.experiences.handling.entity.StoryCase;
import org.spplus.plugin.experiences.network.NetworkUnits;
import org.spplus.plugin.experiences.story.Feeling;
import org.spplus.webapp.Transactions;

/**
 * The dashboards' stock, the cases waiting for an answer now, is counted as cases open, move and close, for each
 * entity and everything below it: a story received counts in its entity's whole branch, a move shifts it from one
 * branch to the other, a transfer takes it from one network to the next. Whatever the other tests of the run did
 * (answers published, cases moved and transferred in the browser), every entity's count is the number of open
 * cases of its subtree.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenCasesIT {

    @Deployment
    static WebArchive deployment() {
        return ExperienceFixtures.deployment();
    }

    @Inject
    Persistence persistence;

    @Inject
    TenantScope tenants;

    @Inject
    Figures figures;

    @Inject
    CaseRouting routing;

    @Inject
    Deliveries deliveries;

    @Inject
    NetworkUnits units;

    @Test
    @Order(1)
    void aCaseCountsInItsBranchMovesWithItAndLeavesWithATransfer() throws Exception {
        long nimes = unit("alpha", "alpha-30-nimes");
        long gard = unit("alpha", "alpha-30");
        long herault = unit("alpha", "alpha-34");
        long alpha = unit("alpha", "alpha-national");
        long beta = units.root("beta").orElseThrow().id();
        Map<Long, Long> before = open("alpha", List.of(nimes, gard, herault, alpha));
        long betaBefore = open("beta", List.of(beta)).get(beta);

        long storyId = ExperienceFixtures.publish("Stock : une expérience à Nîmes", "Un récit en attente de réponse.",
                "alpha", "alpha-30-nimes", Feeling.NEUTRE, "30");
        long caseId = caseOf("alpha", storyId);
        assertThat(open("alpha", List.of(nimes, gard, herault, alpha))).as("received in Nîmes").isEqualTo(Map.of(
                nimes, before.get(nimes) + 1, gard, before.get(gard) + 1, herault, before.get(herault),
                alpha, before.get(alpha) + 1));

        tenants.callAs("alpha", () -> Transactions.commit(() -> {
            routing.move(persistence.tenant().find(StoryCase.class, caseId), herault, "Relève de l'Hérault", "Test");
            return null;
        }));
        assertThat(open("alpha", List.of(nimes, gard, herault, alpha))).as("moved to the Hérault").isEqualTo(Map.of(
                nimes, before.get(nimes), gard, before.get(gard), herault, before.get(herault) + 1,
                alpha, before.get(alpha) + 1));

        tenants.callAs("alpha", () -> Transactions.commit(() -> {
            routing.transfer(persistence.tenant().find(StoryCase.class, caseId), "beta", "Relève de Beta", "Test", false);
            return null;
        }));
        deliveries.deliverPending();
        assertThat(open("alpha", List.of(nimes, gard, herault, alpha))).as("transferred to beta").isEqualTo(before);
        assertThat(open("beta", List.of(beta)).get(beta)).as("received by beta").isEqualTo(betaBefore + 1);
    }

    @Test
    @Order(2)
    void everyEntitysCountIsTheNumberOfOpenCasesOfItsSubtree() throws Exception {
        for (String network : List.of("alpha", "beta")) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = tenants.callAs(network, () -> Transactions.commit(() -> persistence.tenant()
                    .createNativeQuery("select u.code, coalesce(o.value, 0), (select count(*) from exp_case c "
                            + "join core_org_unit cu on cu.id = c.unit_id where c.tenant_id = u.tenant_id "
                            + "and c.status in ('NEW', 'IN_PROGRESS', 'AWAITING_VALIDATION') "
                            + "and left(cu.path, length(u.path)) = u.path) from core_org_unit u "
                            + "left join exp_open_cases o on o.tenant_id = u.tenant_id and o.unit_id = u.id "
                            + "where u.tenant_id = ?1").setParameter(1, network).getResultList()));
            assertThat(rows).as(network).isNotEmpty();
            for (Object[] row : rows) {
                assertThat(((Number) row[1]).longValue()).as("%s %s", network, row[0])
                        .isEqualTo(((Number) row[2]).longValue());
            }
        }
    }

    private long unit(String network, String code) {
        return units.byCode(network, code).orElseThrow().id();
    }

    private long caseOf(String network, long storyId) throws Exception {
        return tenants.callAs(network, () -> Transactions.commit(() -> persistence.tenant()
                .createQuery("select c.id from StoryCase c where c.storyId = :story", Long.class)
                .setParameter("story", storyId).getSingleResult()));
    }

    private Map<Long, Long> open(String network, List<Long> unitIds) throws Exception {
        return tenants.callAs(network, () -> Transactions.commit(() -> {
            Map<Long, Long> counts = new java.util.HashMap<>();
            unitIds.forEach(id -> counts.put(id, figures.open(id)));
            return counts;
        }));
    }
}
