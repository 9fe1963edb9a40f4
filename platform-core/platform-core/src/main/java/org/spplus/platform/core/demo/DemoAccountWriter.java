package org.spplus.platform.core.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.core.account.Account;
import org.spplus.platform.core.account.Agent;
import org.spplus.platform.core.account.AgentUnit;
import org.spplus.platform.core.account.PasswordHashing;
import org.spplus.platform.core.tenancy.definition.TenantDefinition.DemoAccount;

/** Writes demo accounts and memberships, each in its own transaction. */
@ApplicationScoped
public class DemoAccountWriter {

    @Inject
    Persistence persistence;

    @Inject
    PasswordHashing passwords;

    String hash(String password) {
        return passwords.hash(password.toCharArray());
    }

    /** Creates the account if missing (keeping its password if it exists), adds its platform roles. */
    @Transactional
    public long platformAccount(DemoAccount demo, java.util.function.Supplier<String> passwordHash) {
        EntityManager em = persistence.platform();
        Account account = em.createQuery("select a from Account a where lower(a.email) = :email "
                        + "and a.status <> org.spplus.platform.core.account.Account.Status.DELETED", Account.class)
                .setParameter("email", Account.normalizeEmail(demo.email()))
                .getResultStream().findFirst().orElse(null);
        if (account == null) {
            account = new Account(demo.email(), demo.name());
            account.setPasswordHash(passwordHash.get());
            account.setDemo(true);
            account.confirmEmail();
            em.persist(account);
        }
        Set<String> roles = new HashSet<>(account.getPlatformRoles());
        if (roles.addAll(demo.roles())) {
            account.setPlatformRoles(roles);
            em.flush();
        }
        return account.getId();
    }

    /** Makes the account an agent of the current tenant with the demo roles and entities. */
    @Transactional
    public void agent(long accountId, DemoAccount demo) {
        EntityManager em = persistence.tenant();
        Agent agent = em.createQuery("select g from Agent g where g.accountId = :account", Agent.class)
                .setParameter("account", accountId).getResultStream().findFirst().orElse(null);
        if (agent == null) {
            agent = new Agent(accountId, new HashSet<>(demo.roles()));
            em.persist(agent);
            em.flush();
        }
        Set<Long> attached = em.createQuery("select u.unitId from AgentUnit u where u.agentId = :agent", Long.class)
                .setParameter("agent", agent.getId()).getResultStream().collect(Collectors.toSet());
        List<Long> wanted = em.createQuery("select u.id from OrgUnit u where u.code in :codes", Long.class)
                .setParameter("codes", demo.units()).getResultList();
        for (Long unitId : wanted) {
            if (!attached.contains(unitId)) {
                em.persist(new AgentUnit(agent.getId(), unitId));
            }
        }
    }
}
