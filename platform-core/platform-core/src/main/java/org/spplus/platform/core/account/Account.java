package org.spplus.platform.core.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A person's account on the platform (citizen, agent, moderator, administrator). */
@Entity
@Table(name = "core_account")
public class Account {

    public enum Status { PENDING, ACTIVE, DISABLED, DELETED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_account_seq")
    @SequenceGenerator(name = "core_account_seq", sequenceName = "core_account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "platform_roles", nullable = false)
    private String platformRoles = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.ACTIVE;

    @Column(name = "email_confirmed_at")
    private OffsetDateTime emailConfirmedAt;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;

    @Column(name = "erased_at")
    private OffsetDateTime erasedAt;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String email, String displayName) {
        this.email = normalizeEmail(email);
        this.displayName = displayName;
    }

    public static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
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

    public Set<String> getPlatformRoles() {
        return platformRoles == null || platformRoles.isBlank() ? Set.of()
                : Arrays.stream(platformRoles.split(",")).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
    }

    public void setPlatformRoles(Set<String> roles) {
        this.platformRoles = String.join(",", new TreeSet<>(roles));
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public OffsetDateTime getEmailConfirmedAt() {
        return emailConfirmedAt;
    }

    public void confirmEmail() {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = OffsetDateTime.now();
        }
    }

    public boolean isDemo() {
        return demo;
    }

    public void setDemo(boolean demo) {
        this.demo = demo;
    }

    /**
     * Erases the person's data: the account keeps only its id, so that what was published stays
     * attributed to "un usager" and the audit trail stays consistent.
     */
    public void erase() {
        this.email = "compte-supprime-" + id + "@invalid";
        this.displayName = "Compte supprimé";
        this.passwordHash = null;
        this.platformRoles = "";
        this.status = Status.DELETED;
        this.erasedAt = OffsetDateTime.now();
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public void activate() {
        status = Status.ACTIVE;
    }

    public OffsetDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public void recordLogin() {
        lastLoginAt = OffsetDateTime.now();
    }
}
