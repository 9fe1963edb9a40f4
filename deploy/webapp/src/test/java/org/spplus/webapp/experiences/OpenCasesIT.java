package org.spplus.webapp.experiences;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.YearMonth;
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
import org.spplus.plugin.experiences.dashboard.boundary.Dashboards;
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
 * cases of its subtree. A dashboard sums an entity's monthly figures over its period, per month for the flow.
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
    Dashboards dashboards;

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

    @Test
    @Order(3)
    void aDashboardSumsTheMonthlyFiguresOfItsPeriod() throws Exception {
        long alpha = unit("alpha", "alpha-national");
        // figures of months long past, that no other test writes: January and February 2019, and December 2018
        // just outside the period
        Object[][] figures = {
            {"2018-12-01", "received", "", 50}, {"2018-12-01", "feeling", "POSITIF", 50},
            {"2019-01-01", "received", "", 3}, {"2019-01-01", "answered", "", 2}, {"2019-01-01", "delay", "2", 2},
            {"2019-01-01", "feeling", "NEGATIF", 2}, {"2019-01-01", "feeling", "POSITIF", 1},
            {"2019-01-01", "channel", "telephone:NEGATIF", 2}, {"2019-01-01", "procedure", "caf-apl", 1},
            {"2019-01-01", "useful", "true", 1},
            {"2019-02-01", "received", "", 5}, {"2019-02-01", "answered", "", 1}, {"2019-02-01", "delay", "10", 1},
            {"2019-02-01", "feeling", "NEGATIF", 3}, {"2019-02-01", "feeling", "POSITIF", 2},
            {"2019-02-01", "channel", "telephone:NEGATIF", 1}, {"2019-02-01", "procedure", "caf-apl", 2},
            {"2019-02-01", "useful", "false", 1}};
        tenants.callAs("alpha", () -> Transactions.commit(() -> {
            for (Object[] f : figures) {
                persistence.tenant().createNativeQuery("insert into exp_figure (tenant_id, unit_id, month, metric, key, "
                                + "value) values ('alpha', ?1, cast(?2 as date), ?3, ?4, ?5) on conflict (tenant_id, unit_id, month, "
                                + "metric, key) do update set value = excluded.value")
                        .setParameter(1, alpha).setParameter(2, f[0]).setParameter(3, f[1]).setParameter(4, f[2])
                        .setParameter(5, ((Integer) f[3]).longValue()).executeUpdate();
            }
            return null;
        }));
        Dashboards.Dashboard dashboard = tenants.callAs("alpha", () -> dashboards.networkFigures(
                YearMonth.of(2019, 1), YearMonth.of(2019, 3)));
        assertThat(dashboard.unit().id()).isEqualTo(alpha);
        assertThat(dashboard.received()).isEqualTo(8);
        assertThat(dashboard.answered()).isEqualTo(3);
        assertThat(dashboard.monthly()).containsOnlyKeys(YearMonth.of(2019, 1), YearMonth.of(2019, 2), YearMonth.of(2019, 3));
        assertThat(dashboard.monthly().get(YearMonth.of(2019, 1))).containsExactly(3, 2);
        assertThat(dashboard.monthly().get(YearMonth.of(2019, 2))).containsExactly(5, 1);
        assertThat(dashboard.monthly().get(YearMonth.of(2019, 3))).containsExactly(0, 0);
        assertThat(dashboard.feelings()).as("in the feelings' order, summed over the months")
                .extracting(Dashboards.Share::key, Dashboards.Share::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("POSITIF", 3L), org.assertj.core.groups.Tuple.tuple("NEGATIF", 5L));
        assertThat(dashboard.delays().median()).isEqualTo(2);
        assertThat(dashboard.delays().p95()).isEqualTo(10);
        assertThat(dashboard.delays().withinTargetShare()).isEqualTo(2.0 / 3);
        assertThat(dashboard.channels()).singleElement().satisfies(channel -> {
            assertThat(channel.channel()).isEqualTo("telephone");
            assertThat(channel.negative()).isEqualTo(3);
        });
        assertThat(dashboard.topProcedures()).extracting(Dashboards.Share::key, Dashboards.Share::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("caf-apl", 3L));
        assertThat(dashboard.ratings()).isEqualTo(2);
        assertThat(dashboard.usefulShare()).isEqualTo(0.5);
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
