package org.spplus.platform.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.spplus.platform.api.organisation.OrganisationTree;
import org.spplus.platform.api.people.PeopleDirectory;
import org.spplus.platform.api.people.Person;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.core.security.AccountRoles;

/** {@link PeopleDirectory} over the accounts and the current tenant's agents. */
@ApplicationScoped
public class AccountPeopleDirectory implements PeopleDirectory {

    @Inject
    Persistence persistence;

    @Inject
    CurrentUser user;

    @Inject
    OrganisationTree tree;

    @Override
    public Optional<Person> account(long accountId) {
        Account account = persistence.platform().find(Account.class, accountId);
        return Optional.ofNullable(account).filter(Account::isActive).map(AccountPeopleDirectory::person);
    }

    @Override
    public Set<Long> unitsOfCurrentAgent() {
        Optional<Long> accountId = user.get().map(u -> u.accountId());
        if (accountId.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(persistence.tenant().createQuery("select u.unitId from AgentUnit u, Agent g "
                        + "where u.agentId = g.id and g.accountId = :account and g.active = true", Long.class)
                .setParameter("account", accountId.get()).getResultList());
    }

    @Override
    public List<Person> agentsCovering(long unitId, String role) {
        Set<Long> covering = new HashSet<>();
        covering.add(unitId);
        tree.ancestors(unitId).forEach(a -> covering.add(a.id()));
        List<Object[]> rows = persistence.tenant().createQuery("select distinct g, a from AgentUnit u, Agent g, "
                        + "Account a where u.agentId = g.id and g.accountId = a.id and g.active = true "
                        + "and u.unitId in :units", Object[].class)
                .setParameter("units", covering).getResultList();
        List<Person> people = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Object[] row : rows) {
            Set<String> roles = AccountRoles.withImplied(((Agent) row[0]).getRoles());
            Account account = (Account) row[1];
            if (roles.contains(role) && account.isActive() && seen.add(account.getId())) {
                people.add(person(account));
            }
        }
        return people;
    }

    @Override
    public List<Person> withPlatformRole(String role) {
        return persistence.platform().createQuery("select a from Account a where a.platformRoles like :role "
                        + "and a.status = :active order by a.id", Account.class)
                .setParameter("role", "%" + role + "%").setParameter("active", Account.Status.ACTIVE)
                .getResultStream().filter(a -> a.getPlatformRoles().contains(role))
                .map(AccountPeopleDirectory::person).toList();
    }

    private static Person person(Account account) {
        return new Person(account.getId(), account.getDisplayName(), account.getEmail());
    }
}
