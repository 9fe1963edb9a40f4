package org.spplus.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.persistence.PlatformStatements;
import org.spplus.platform.api.persistence.PublicReads;
import org.spplus.platform.api.tenant.NoTenantException;
import org.spplus.platform.api.tenant.TenantScope;
import org.spplus.platform.core.organisation.OrganisationService;
import org.spplus.webapp.essai.EssaiNotes;

/**
 * Tenant isolation, proved on two tenants with a plugin's entity and the core's organisation tree:
 * whatever the way of reading or writing, work done as one tenant never reaches another tenant's rows,
 * and work that declared no tenant reaches none.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.withEssaiPlugin();
    }

    @Inject
    TenantScope tenants;

    @Inject
    EssaiNotes notes;

    @Inject
    OrganisationService organisation;

    @Inject
    Persistence persistence;

    @Inject
    PublicReads publicReads;

    @Inject
    PlatformStatements statements;

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID();
    }

    private long noteOfAlpha(String text) throws Exception {
        return tenants.callAs("alpha", () -> notes.create(text));
    }

    @Test
    void findByIdReachesOnlyTheOwnersRow() throws Exception {
        long id = noteOfAlpha(unique("find"));
        assertThat(tenants.callAs("alpha", () -> notes.find(id))).isPresent();
        assertThat(tenants.callAs("beta", () -> notes.find(id))).isEmpty();
    }

    @Test
    void jpqlAndCriteriaQueriesSeeOnlyTheCurrentTenant() throws Exception {
        String text = unique("jpql");
        noteOfAlpha(text);
        assertThat(tenants.callAs("alpha", () -> notes.byJpql(text))).containsExactly(text);
        assertThat(tenants.callAs("beta", () -> notes.byJpql(text))).isEmpty();
        assertThat(tenants.callAs("alpha", () -> notes.countByCriteria(text))).isEqualTo(1L);
        assertThat(tenants.callAs("beta", () -> notes.countByCriteria(text))).isZero();
    }

    @Test
    void nativeSqlIsIsolatedByRowLevelSecurity() throws Exception {
        long id = noteOfAlpha(unique("native"));
        tenants.callAs("beta", () -> notes.create(unique("native beta")));
        assertThat(tenants.callAs("alpha", () -> notes.countNative(id))).isEqualTo(1L);
        assertThat(tenants.callAs("beta", () -> notes.countNative(id))).isZero();
        assertThat(tenants.callAs("beta", () -> notes.tenantsSeenNatively())).containsExactly("beta");
        assertThat(tenants.callAs("alpha", () -> notes.tenantsSeenNatively())).containsExactly("alpha");
    }

    @Test
    void nativeSqlCannotWriteAnotherTenantsRows() throws Exception {
        String text = unique("write");
        long id = noteOfAlpha(text);
        assertThat(tenants.callAs("beta", () -> notes.renameNatively(id, "hacked"))).isZero();
        assertThat(tenants.callAs("alpha", () -> notes.find(id))).contains(text);
        assertThatThrownBy(() -> tenants.callAs("beta", () -> {
            notes.insertNativelyFor("alpha", "planted by beta");
            return null;
        })).hasStackTraceContaining("row-level security");
    }

    @Test
    void secondLevelCacheNeverServesAnotherTenant() throws Exception {
        long id = noteOfAlpha(unique("cache"));
        // read as alpha (twice, so that any cache is warm), then as beta, then as alpha again
        assertThat(tenants.callAs("alpha", () -> notes.findTwice(id))).isPresent();
        assertThat(tenants.callAs("alpha", () -> notes.find(id))).isPresent();
        assertThat(tenants.callAs("beta", () -> notes.findTwice(id))).isEmpty();
        assertThat(tenants.callAs("beta", () -> notes.find(id))).isEmpty();
        assertThat(tenants.callAs("alpha", () -> notes.find(id))).isPresent();
    }

    @Test
    void workWithoutTenantIsRefusedLoudlyAndSeesNothing() throws Exception {
        noteOfAlpha(unique("no tenant"));
        assertThatThrownBy(() -> notes.count()).isInstanceOf(NoTenantException.class);
        assertThat(notes.countNativeWithoutTenant()).isZero();
    }

    @Test
    void aTransactionStaysWithItsTenant() {
        assertThatThrownBy(() -> tenants.callAs("alpha", () -> new TenantSwitch(tenants, notes).switchInside()))
                .hasStackTraceContaining("needs its own transaction");
    }

    @Test
    void asynchronousWorkMustDeclareItsTenant() throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        noteOfAlpha(unique("async"));
        var undeclared = executor.submit(() -> notes.count());
        assertThatThrownBy(undeclared::get).isInstanceOf(ExecutionException.class)
                .hasRootCauseInstanceOf(NoTenantException.class);
        long betaCount = tenants.callAs("beta", () -> notes.count());
        var declared = executor.submit(() -> tenants.callAs("beta", () -> notes.count()));
        assertThat(declared.get(30, TimeUnit.SECONDS)).isEqualTo(betaCount);
    }

    @Test
    void scheduledWorkMustDeclareItsTenant() throws Exception {
        ManagedScheduledExecutorService scheduler = InitialContext.doLookup(
                "java:comp/DefaultManagedScheduledExecutorService");
        var undeclared = scheduler.schedule(() -> notes.count(), 10, TimeUnit.MILLISECONDS);
        assertThatThrownBy(undeclared::get).hasRootCauseInstanceOf(NoTenantException.class);
        long alphaCount = tenants.callAs("alpha", () -> notes.count());
        var declared = scheduler.schedule(() -> tenants.callAs("alpha", () -> notes.count()), 10, TimeUnit.MILLISECONDS);
        assertThat(declared.get(30, TimeUnit.SECONDS)).isEqualTo(alphaCount);
    }

    @Test
    void organisationTreesAreIsolatedToo() throws Exception {
        OrgUnitView alphaRoot = tenants.callAs("alpha", () -> organisation.root().orElseThrow());
        assertThat(alphaRoot.code()).isEqualTo("alpha-national");
        assertThat(tenants.callAs("beta", () -> organisation.find(alphaRoot.id()))).isEmpty();
        assertThat(tenants.callAs("beta", () -> organisation.findByCode("alpha-30"))).isEmpty();
        List<OrgUnitView> found = tenants.callAs("beta", () -> organisation.search("Alpha", 50));
        assertThat(found).isEmpty();
        assertThat(tenants.callAs("alpha", () -> organisation.search("nimes", 50)))
                .extracting(OrgUnitView::code).containsExactly("alpha-30-nimes");
    }

    @Test
    void publicReadsRunWithoutATransactionAndReachNoTenantsRows() throws Exception {
        noteOfAlpha(unique("Note that public reads never see"));
        // the tests run outside any transaction: so do these reads, each with its connection in autocommit
        assertThat(publicReads.rows("select count(*) from core_tenant where id = ?", List.of("alpha")))
                .extracting(row -> ((Number) row[0]).longValue()).containsExactly(1L);
        // even with a tenant in the request's context, nothing tenant-owned shows: no tenant is applied
        for (String sql : List.of("select count(*) from ess_note", "select count(*) from core_org_unit")) {
            List<Object[]> counts = tenants.callAs("alpha", () -> publicReads.rows(sql, List.of()));
            assertThat(((Number) counts.get(0)[0]).longValue()).as(sql).isZero();
        }
        Object setting = tenants.callAs("alpha", () -> publicReads.rows(
                "select coalesce(current_setting('spplus.tenant_id', true), '')", List.of()).get(0)[0]);
        assertThat(setting).as("no tenant setting on the connection").isEqualTo("");
    }

    @Test
    void publicReadsOnlySelectAndGiveTheirConnectionBackWhenTheyFail() {
        assertThatThrownBy(() -> publicReads.rows("delete from core_tenant", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        for (int i = 0; i < 40; i++) { // more than the pool holds: a connection kept by a failure would exhaust it
            assertThatThrownBy(() -> publicReads.rows("select no_such_column from core_tenant", List.of()))
                    .isInstanceOf(jakarta.persistence.PersistenceException.class).hasMessageContaining("no_such_column");
        }
        int rows = publicReads.read(reader -> reader.rows("select 1", List.of()).size()
                + reader.rows("with t as (select 2) select * from t", List.of()).size());
        assertThat(rows).as("one connection for two queries, after forty failures").isEqualTo(2);
    }

    @Test
    void platformStatementsCommitByThemselvesAndReachNoTenantsRows() throws Exception {
        String text = unique("Note that platform statements never change");
        noteOfAlpha(text);
        // even with a tenant in the request's context, no tenant is applied: its rows are neither seen nor changed
        assertThat(tenants.callAs("alpha", () -> statements.update("update ess_note set text = 'changed' where text = ?",
                List.of(text)))).isZero();
        assertThat(tenants.callAs("alpha", () -> notes.byJpql(text))).as("the note as it was").containsExactly(text);
        assertThatThrownBy(() -> tenants.callAs("alpha", () -> statements.update(
                "insert into ess_note (id, tenant_id, text) values (nextval('ess_note_seq'), 'alpha', ?)", List.of(text))))
                .as("a row of a tenant cannot be written").isInstanceOf(jakarta.persistence.PersistenceException.class)
                .hasMessageContaining("row-level security");
        // a platform-wide row is written by one statement, committed at once: another connection sees it
        String key = unique("platform-statements-probe");
        assertThat(statements.update("insert into core_login_failure (throttle_key, window_started_at, failures) values (?, now(), 1)",
                List.of(key))).isEqualTo(1);
        assertThat(publicReads.rows("select failures from core_login_failure where throttle_key = ?", List.of(key)))
                .extracting(row -> ((Number) row[0]).intValue()).containsExactly(1);
        assertThatThrownBy(() -> statements.rows("delete from core_login_failure", List.of()))
                .as("rows are read by selects only").isInstanceOf(IllegalArgumentException.class);
        assertThat(statements.update("delete from core_login_failure where throttle_key = ?", List.of(key))).isEqualTo(1);
    }

    /** Helper whose transactional method tries to serve two tenants in one transaction. */
    @jakarta.enterprise.context.Dependent
    static class TenantSwitch {
        private final TenantScope tenants;
        private final EssaiNotes notes;

        TenantSwitch(TenantScope tenants, EssaiNotes notes) {
            this.tenants = tenants;
            this.notes = notes;
        }

        Object switchInside() throws Exception {
            jakarta.transaction.UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
            tx.begin();
            try {
                notes.count();
                return tenants.callAs("beta", () -> notes.count());
            } finally {
                tx.rollback();
            }
        }
    }
}
