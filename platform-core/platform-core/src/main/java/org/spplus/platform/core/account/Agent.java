package org.spplus.platform.core.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.spplus.platform.api.persistence.TenantOwnedEntity;

/** An account's membership of the current network: its roles there (agent, manager, network-admin). */
@Entity
@Table(name = "core_agent")
public class Agent extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_agent_seq")
    @SequenceGenerator(name = "core_agent_seq", sequenceName = "core_agent_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false)
    private String roles;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Agent() {
    }

    public Agent(long accountId, Set<String> roles) {
        this.accountId = accountId;
        setRoles(roles);
    }

    @PrePersist
    @PreUpdate
    void touch() {
        OffsetDateTime now = OffsetDateTime.now();
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Set<String> getRoles() {
        return roles == null || roles.isBlank() ? Set.of()
                : Arrays.stream(roles.split(",")).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
    }

    public void setRoles(Set<String> roles) {
        this.roles = String.join(",", new TreeSet<>(roles));
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
