package org.spplus.platform.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.spplus.platform.api.audit.AuditLog;
import org.spplus.platform.api.mail.MailOutbox;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.api.security.Roles;
import org.spplus.platform.api.tenant.CurrentTenant;
import org.spplus.platform.core.mail.Mails;
import org.spplus.platform.core.organisation.OrgUnit;
import org.spplus.platform.core.security.AccessControl;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.api.validation.Inputs;

/**
 * A network administrator manages the network's agents: invites them by mail (the invitation carries a
 * first-connection link that expires), attaches them to entities, changes their roles, deactivates them.
 */
@ApplicationScoped
@Transactional
public class AgentAdministration {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    private static final Map<String, String> ROLE_NAMES = Map.of(Roles.AGENT, "agent", Roles.MANAGER, "manager",
            Roles.NETWORK_ADMIN, "administrateur du réseau");

    /** An agent as the administration page lists it. */
    public record AgentRow(long agentId, long accountId, String email, String name, Set<String> roles,
                           List<String> unitNames, List<Long> unitIds, boolean active, boolean invitationPending,
                           OffsetDateTime lastLogin) implements java.io.Serializable {
    }

    @Inject
    Persistence persistence;

    @Inject
    AccessControl access;

    @Inject
    CurrentTenant tenant;

    @Inject
    CurrentUser user;

    @Inject
    AccountDirectory accounts;

    @Inject
    OneTimeTokens tokens;

    @Inject
    MailOutbox outbox;

    @Inject
    Mails mails;

    @Inject
    AuditLog audit;

    public List<AgentRow> list() {
        access.require(Roles.NETWORK_ADMIN);
        EntityManager em = persistence.tenant();
        List<Agent> agents = em.createQuery("select g from Agent g order by g.id", Agent.class).getResultList();
        if (agents.isEmpty()) {
            return List.of();
        }
        Map<Long, Account> accountsById = em.createQuery("select a from Account a where a.id in :ids", Account.class)
                .setParameter("ids", agents.stream().map(Agent::getAccountId).toList()).getResultStream()
                .collect(Collectors.toMap(Account::getId, a -> a));
        Map<Long, List<Long>> unitsByAgent = new HashMap<>();
        for (AgentUnit au : em.createQuery("select u from AgentUnit u", AgentUnit.class).getResultList()) {
            unitsByAgent.computeIfAbsent(au.getAgentId(), k -> new ArrayList<>()).add(au.getUnitId());
        }
        Map<Long, String> unitNames = unitNames(em, unitsByAgent.values().stream().flatMap(Collection::stream)
                .collect(Collectors.toSet()));
        List<AgentRow> rows = new ArrayList<>();
        for (Agent agent : agents) {
            Account account = accountsById.get(agent.getAccountId());
            List<Long> unitIds = unitsByAgent.getOrDefault(agent.getId(), List.of());
            rows.add(new AgentRow(agent.getId(), account.getId(), account.getEmail(), account.getDisplayName(),
                    agent.getRoles(), unitIds.stream().map(unitNames::get).toList(), unitIds, agent.isActive(),
                    account.getStatus() == Account.Status.PENDING, account.getLastLoginAt()));
        }
        rows.sort(java.util.Comparator.comparing(AgentRow::name, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    /** Invites a person (new or already known to the platform) to the network with roles and entities. */
    public void invite(String email, String name, Set<String> roles, Collection<Long> unitIds) {
        access.require(Roles.NETWORK_ADMIN);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String address = Inputs.trimmed(email).toLowerCase(java.util.Locale.ROOT);
        if (!Inputs.isEmail(address)) {
            problems.add("email", "Indiquez l’adresse électronique professionnelle de la personne invitée.");
        }
        String displayName = Inputs.requiredText(problems, "name", name, 200, "le prénom et le nom de la personne");
        checkRolesAndUnits(problems, roles, unitIds);
        problems.throwIfAny();

        EntityManager em = persistence.tenant();
        Account account = accounts.byEmail(address).orElse(null);
        boolean newAccount = account == null;
        if (newAccount) {
            account = new Account(address, displayName);
            account.setStatus(Account.Status.PENDING);
            em.persist(account);
            em.flush();
        } else if (em.createQuery("select count(g) from Agent g where g.accountId = :a", Long.class)
                .setParameter("a", account.getId()).getSingleResult() > 0) {
            throw InvalidInput.of("email", "Cette personne fait déjà partie du réseau : modifiez plutôt ses rôles.");
        }
        Agent agent = new Agent(account.getId(), roles);
        em.persist(agent);
        em.flush();
        for (Long unitId : new LinkedHashSet<>(unitIds)) {
            em.persist(new AgentUnit(agent.getId(), unitId));
        }
        sendInvitation(account, roles);
        audit.record("agent.invite", "agent", address, Map.of("roles", String.join(",", roles),
                "entites", unitIds.toString(), "nouveauCompte", String.valueOf(newAccount)));
    }

    /** Sends the invitation again with a fresh link (the previous one still works until it expires). */
    public void reinvite(long agentId) {
        access.require(Roles.NETWORK_ADMIN);
        Agent agent = requireAgent(agentId);
        Account account = persistence.tenant().find(Account.class, agent.getAccountId());
        sendInvitation(account, agent.getRoles());
        audit.record("agent.reinvite", "agent", account.getEmail());
    }

    private void sendInvitation(Account account, Set<String> roles) {
        String tenantId = tenant.require().id();
        String inviter = user.get().map(u -> u.displayName()).orElse("L’administrateur du réseau");
        String secret = tokens.issue(OneTimeToken.Purpose.AGENT_INVITATION, account.getId(), tenantId,
                Map.of("tenant", tenantId, "inviter", inviter), INVITATION_VALIDITY);
        String roleText = roles.stream().map(r -> ROLE_NAMES.getOrDefault(r, r)).sorted().collect(Collectors.joining(", "));
        outbox.enqueue(mails.compose(account.getEmail(), "invitation", new Object[] {tenant.require().shortName()},
                account.getDisplayName(), inviter, tenant.require().name(), roleText,
                mails.link("/invitation?jeton=" + secret), INVITATION_VALIDITY.toDays(), secret));
    }

    public void update(long agentId, Set<String> roles, Collection<Long> unitIds) {
        access.require(Roles.NETWORK_ADMIN);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        checkRolesAndUnits(problems, roles, unitIds);
        problems.throwIfAny();
        Agent agent = requireAgent(agentId);
        if (agent.getRoles().contains(Roles.NETWORK_ADMIN) && !roles.contains(Roles.NETWORK_ADMIN)) {
            requireAnotherActiveAdmin(agentId);
        }
        EntityManager em = persistence.tenant();
        agent.setRoles(roles);
        em.createQuery("delete from AgentUnit u where u.agentId = :a").setParameter("a", agentId).executeUpdate();
        for (Long unitId : new LinkedHashSet<>(unitIds)) {
            em.persist(new AgentUnit(agentId, unitId));
        }
        audit.record("agent.modifie", "agent", String.valueOf(agentId), Map.of("roles", String.join(",", roles),
                "entites", unitIds.toString()));
    }

    public void setActive(long agentId, boolean active) {
        access.require(Roles.NETWORK_ADMIN);
        Agent agent = requireAgent(agentId);
        if (!active && agent.getRoles().contains(Roles.NETWORK_ADMIN)) {
            requireAnotherActiveAdmin(agentId);
        }
        agent.setActive(active);
        audit.record(active ? "agent.reactive" : "agent.desactive", "agent", String.valueOf(agentId));
    }

    private void checkRolesAndUnits(InvalidInput.Collector problems, Set<String> roles, Collection<Long> unitIds) {
        if (roles == null || roles.isEmpty()) {
            problems.add("roles", "Choisissez au moins un rôle.");
        } else if (!Roles.TENANT_ROLES.containsAll(roles)) {
            problems.add("roles", "Rôle inconnu.");
        }
        if (unitIds == null || unitIds.isEmpty()) {
            problems.add("units", "Rattachez la personne à au moins une entité.");
        } else {
            long found = persistence.tenant().createQuery("select count(u) from OrgUnit u where u.id in :ids", Long.class)
                    .setParameter("ids", new LinkedHashSet<>(unitIds)).getSingleResult();
            if (found != new LinkedHashSet<>(unitIds).size()) {
                problems.add("units", "Une des entités choisies n’existe pas dans ce réseau.");
            }
        }
    }

    private void requireAnotherActiveAdmin(long agentId) {
        long others = persistence.tenant().createQuery("select g from Agent g where g.active = true and g.id <> :id",
                        Agent.class).setParameter("id", agentId).getResultStream()
                .filter(g -> g.getRoles().contains(Roles.NETWORK_ADMIN)).count();
        if (others == 0) {
            throw InvalidInput.of("roles", "Le réseau doit garder au moins un administrateur actif.");
        }
    }

    private Agent requireAgent(long agentId) {
        Agent agent = persistence.tenant().find(Agent.class, agentId);
        if (agent == null) {
            throw InvalidInput.of("", "Cet agent n’existe pas dans ce réseau.");
        }
        return agent;
    }

    private static Map<Long, String> unitNames(EntityManager em, Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select u from OrgUnit u where u.id in :ids", OrgUnit.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(OrgUnit::getId, OrgUnit::getName));
    }
}
