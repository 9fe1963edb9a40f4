package org.spplus.platform.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.security.Roles;
import org.spplus.platform.core.account.Account;
import org.spplus.platform.core.account.Agent;

/** Reads what an account is and may do, in a transaction of its own (one for an account with its tenant's roles). */
@ApplicationScoped
public class AccountRoles {

    /** An account as authorisation sees it. */
    public record AccountState(long id, String email, String displayName, Set<String> platformRoles, boolean active) {
    }

    /** A signed-in account and, when asked for, its roles in the current tenant. */
    public record SignedIn(AccountState account, Optional<Set<String>> rolesInCurrentTenant) {
    }

    @Inject
    Persistence persistence;

    /**
     * The account and, if {@code withCurrentTenantRoles} (there must then be a current tenant), its roles there, in
     * one transaction: a back-office page needs both, and each transaction of its own cost a tenth of the page.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<SignedIn> signedIn(long accountId, boolean withCurrentTenantRoles) {
        return account(accountId).map(state -> new SignedIn(state, withCurrentTenantRoles && state.active()
                ? Optional.of(rolesInCurrentTenant(accountId)) : Optional.empty()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<AccountState> account(long accountId) {
        Account account = persistence.platform().find(Account.class, accountId);
        return Optional.ofNullable(account).map(a -> new AccountState(a.getId(), a.getEmail(), a.getDisplayName(),
                a.getPlatformRoles(), a.isActive()));
    }

    /** The account's roles in the current tenant (with their implications), empty if it is not an active agent there. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Set<String> rolesInCurrentTenant(long accountId) {
        return persistence.tenant().createQuery("select g from Agent g where g.accountId = :account and g.active = true",
                        Agent.class)
                .setParameter("account", accountId).getResultStream().findFirst()
                .map(agent -> withImplied(agent.getRoles())).orElse(Set.of());
    }

    /** A manager also handles inboxes as an agent does. */
    public static Set<String> withImplied(Set<String> roles) {
        Set<String> all = new HashSet<>(roles);
        if (all.contains(Roles.MANAGER)) {
            all.add(Roles.AGENT);
        }
        return Set.copyOf(all);
    }
}
