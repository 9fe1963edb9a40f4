package org.spplus.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spplus.platform.api.organisation.OrgUnitView;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.tenant.TenantScope;
import org.spplus.platform.core.audit.AuditEvent;
import org.spplus.platform.core.audit.AuditLogService;
import org.spplus.platform.core.organisation.OrganisationService;
import org.spplus.platform.core.organisation.UnitFields;

/** Every change leaves an audit line of its tenant; the log cannot be rewritten, even with SQL. */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.withEssaiPlugin();
    }

    @Inject
    TenantScope tenants;

    @Inject
    OrganisationService organisation;

    @Inject
    AuditLogService audit;

    @Inject
    Persistence persistence;

    @Test
    void aChangeIsRecordedForItsTenantOnly() throws Exception {
        OrgUnitView unit = tenants.callAs("beta", () -> organisation.findByCode("beta-35").orElseThrow());
        tenants.callAs("beta", () -> organisation.update(unit.id(), new UnitFields(unit.code(),
                "Beta Ille-et-Vilaine (audit)", unit.type(), unit.regionCode(), unit.departementCode())));
        List<AuditEvent> beta = audit.latestOfTenant("beta", null, 5);
        assertThat(beta).isNotEmpty();
        AuditEvent last = beta.get(0);
        assertThat(last.getAction()).isEqualTo("organisation.unit.updated");
        assertThat(last.getObjectId()).isEqualTo("beta-35");
        assertThat(last.getTenantId()).isEqualTo("beta");
        assertThat(last.getDetails().get("name")).contains("(audit)");
        assertThat(audit.latestOfTenant("alpha", null, 50)).extracting(AuditEvent::getObjectId).doesNotContain("beta-35");
    }

    @Test
    void theLogIsAppendOnly() {
        assertThatThrownBy(() -> Transactions.commit(() -> persistence.platform()
                .createNativeQuery("update core_audit_event set actor = 'quelqu''un d''autre'").executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> Transactions.commit(() -> persistence.platform()
                .createNativeQuery("delete from core_audit_event").executeUpdate()))
                .hasStackTraceContaining("append-only");
    }
}
