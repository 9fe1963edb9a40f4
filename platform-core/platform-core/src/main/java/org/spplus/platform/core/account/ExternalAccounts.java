package org.spplus.platform.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.spplus.platform.api.audit.AuditLog;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.security.Roles;
import org.spplus.platform.core.security.oidc.OidcClient.VerifiedIdentity;
import org.spplus.platform.core.security.oidc.OidcProvider;
import org.spplus.platform.api.validation.InvalidInput;

/**
 * Which account a person signing in through an identity provider is. FranceConnect: the account linked
 * to the pairwise subject, else a new citizen account — refused if an account already has the address. ProConnect:
 * the linked account, else the agent account with the same address — agents are invited, never created
 * here.
 */
@ApplicationScoped
@Transactional
public class ExternalAccounts {

    /**
     * Who signs in through ProConnect.
     *
     * @param invitedTenantPath the path segment of the network whose invitation was accepted on the way, or
     *                          null when no invitation came with the sign-in
     */
    public record ProConnectSignIn(long accountId, String invitedTenantPath) {
    }

    @Inject
    Persistence persistence;

    @Inject
    AccountDirectory directory;

    @Inject
    Invitations invitations;

    @Inject
    AuditLog audit;

    public long franceConnect(VerifiedIdentity identity) {
        Optional<Long> linked = linked(OidcProvider.FRANCECONNECT, identity.subject());
        if (linked.isPresent()) {
            return requireUsable(linked.get());
        }
        EntityManager em = persistence.platform();
        if (identity.email() != null && directory.byEmail(identity.email()).isPresent()) {
            // never joined on the address alone: FranceConnect does not vouch for it, and an account someone
            // else opened with that address (and whose password they know) would be handed to them
            throw InvalidInput.of("", "Un compte Services Publics+ existe déjà avec l’adresse " + identity.email()
                    + ". Connectez-vous avec cette adresse et votre mot de passe (ou « Mot de passe oublié ? »).");
        }
        String email = identity.email() != null ? identity.email()
                : "franceconnect-" + identity.subject().hashCode() + "@usager.invalid";
        Account account = new Account(email, displayNameOf(identity));
        account.setPlatformRoles(Set.of(Roles.CITIZEN));
        em.persist(account);
        em.flush();
        audit.record("compte.cree", "compte", String.valueOf(account.getId()), Map.of("methode", "franceconnect"));
        account.confirmEmail();
        if (account.getStatus() == Account.Status.PENDING) {
            account.activate();
        }
        em.persist(new AccountLink(account.getId(), OidcProvider.FRANCECONNECT, identity.subject()));
        return requireUsable(account.getId());
    }

    public ProConnectSignIn proConnect(VerifiedIdentity identity, String invitationCode) {
        Optional<Long> linked = linked(OidcProvider.PROCONNECT, identity.subject());
        long accountId;
        if (linked.isPresent()) {
            accountId = linked.get();
        } else {
            Account account = identity.email() == null ? null : directory.byEmail(identity.email()).orElse(null);
            if (account == null) {
                throw InvalidInput.of("", "Aucun compte agent n’est associé à l’adresse " + identity.email()
                        + ". Demandez une invitation à l’administrateur de votre réseau.");
            }
            if (account.getEmailConfirmedAt() == null) {
                // ProConnect vouches for the address now; a password chosen before anyone proved it (a sign-up
                // left unconfirmed, perhaps by someone else) must not open this account
                account.setPasswordHash(null);
                account.confirmEmail();
            }
            persistence.platform().persist(new AccountLink(account.getId(), OidcProvider.PROCONNECT, identity.subject()));
            accountId = account.getId();
            audit.record("compte.lie", "compte", String.valueOf(accountId), Map.of("fournisseur", "proconnect"));
        }
        String invitedTenantPath = null;
        if (invitationCode != null && !invitationCode.isBlank()) {
            invitedTenantPath = invitations.acceptWithProvider(invitationCode, accountId).tenantPath();
        }
        return new ProConnectSignIn(requireUsable(accountId), invitedTenantPath);
    }

    private Optional<Long> linked(String provider, String subject) {
        return persistence.platform().createQuery("select l.accountId from AccountLink l where l.provider = :p "
                        + "and l.subject = :s", Long.class)
                .setParameter("p", provider).setParameter("s", subject).getResultStream().findFirst();
    }

    private long requireUsable(long accountId) {
        Account account = persistence.platform().find(Account.class, accountId);
        if (account == null || !account.isActive()) {
            throw InvalidInput.of("", account != null && account.getStatus() == Account.Status.PENDING
                    ? "Votre invitation n’a pas encore été acceptée : ouvrez le lien reçu par courriel."
                    : "Ce compte est désactivé.");
        }
        return accountId;
    }

    private static String displayNameOf(VerifiedIdentity identity) {
        String given = identity.givenName() == null ? "" : identity.givenName().split(" ")[0];
        String family = identity.familyName() == null || identity.familyName().isBlank() ? ""
                : " " + identity.familyName().strip().charAt(0) + ".";
        String name = (given + family).strip();
        return name.isEmpty() ? "Usager" : name;
    }
}
