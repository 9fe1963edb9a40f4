package org.spplus.platform.core.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.spplus.platform.api.persistence.TenantOwnedEntity;

/** An agent's attachment to an entity of the tree: they handle its inbox and everything below it. */
@Entity
@Table(name = "core_agent_unit")
public class AgentUnit extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_agent_unit_seq")
    @SequenceGenerator(name = "core_agent_unit_seq", sequenceName = "core_agent_unit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "agent_id", nullable = false)
    private Long agentId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    protected AgentUnit() {
    }

    public AgentUnit(long agentId, long unitId) {
        this.agentId = agentId;
        this.unitId = unitId;
    }

    public Long getId() {
        return id;
    }

    public Long getAgentId() {
        return agentId;
    }

    public Long getUnitId() {
        return unitId;
    }
}
