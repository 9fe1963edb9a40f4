package org.spplus.platform.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.spplus.platform.api.audit.AuditLog;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.core.tenancy.TenantDirectory;
import org.spplus.platform.core.tenancy.TenantInfo;
import org.spplus.platform.api.validation.InvalidInput;

/** An invited agent's first connection: the link (or its code) lets them choose their password. */
@ApplicationScoped
public class Invitations {

    /** What the first-connection page shows: who is invited, to which network, by whom (null if unknown). */
    public record Invitation(String email, String name, String tenantName, String tenantPath, String inviter)
            implements java.io.Serializable {
    }

    /** Who accepted, and where to send them. */
    public record Accepted(long accountId, String tenantPath) {
    }

    @Inject
    OneTimeTokens tokens;

    @Inject
    Persistence persistence;

    @Inject
    PasswordHashing passwords;

    @Inject
    TenantDirectory directory;

    @Inject
    AuditLog audit;

    /** The invitation behind a link or code, or a French reason why it cannot be used. */
    @Transactional
    public Invitation look(String secret) {
        OneTimeTokens.Redeemed peeked = tokens.peek(OneTimeToken.Purpose.AGENT_INVITATION, secret);
        if (!peeked.ok()) {
            throw InvalidInput.of("code", problem(peeked.problem()));
        }
        Account account = persistence.platform().find(Account.class, peeked.token().getAccountId());
        TenantInfo tenant = directory.byId(peeked.token().getTenantId()).orElseThrow();
        return new Invitation(account.getEmail(), account.getDisplayName(), tenant.ref().name(), tenant.pathSegment(),
                peeked.token().getPayload().get("inviter"));
    }

    /** Accepts the invitation with a password; the account becomes active. */
    @Transactional
    public Accepted accept(String secret, String password, String confirmation) {
        OneTimeTokens.Redeemed redeemed = tokens.redeem(OneTimeToken.Purpose.AGENT_INVITATION, secret);
        if (!redeemed.ok()) {
            throw InvalidInput.of("code", problem(redeemed.problem()));
        }
        Account account = persistence.platform().find(Account.class, redeemed.token().getAccountId());
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (account.getPasswordHash() == null || password != null && !password.isEmpty()) {
            CitizenAccounts.checkNewPassword(problems, password, confirmation, account.getEmail());
        }
        problems.throwIfAny();
        if (password != null && !password.isEmpty()) {
            account.setPasswordHash(passwords.hash(password.toCharArray()));
        }
        return activate(account, redeemed.token());
    }

    /** Accepts the invitation for an account proved by ProConnect (same e-mail address). */
    @Transactional
    public Accepted acceptWithProvider(String secret, long accountId) {
        OneTimeTokens.Redeemed redeemed = tokens.redeem(OneTimeToken.Purpose.AGENT_INVITATION, secret);
        if (!redeemed.ok() || redeemed.token().getAccountId() != accountId) {
            throw InvalidInput.of("code", redeemed.ok() ? "Cette invitation est destinée à une autre adresse."
                    : problem(redeemed.problem()));
        }
        return activate(persistence.platform().find(Account.class, accountId), redeemed.token());
    }

    private Accepted activate(Account account, OneTimeToken token) {
        account.confirmEmail();
        if (account.getStatus() == Account.Status.PENDING) {
            account.activate();
        }
        TenantInfo tenant = directory.byId(token.getTenantId()).orElseThrow();
        audit.record("agent.invitation.acceptee", "compte", String.valueOf(account.getId()),
                Map.of("reseau", tenant.id()));
        return new Accepted(account.getId(), tenant.pathSegment());
    }

    private static String problem(OneTimeTokens.Problem problem) {
        return switch (problem) {
            case EXPIRED -> "Cette invitation a expiré. Demandez à l’administrateur de votre réseau de vous inviter à nouveau.";
            case ALREADY_USED -> "Cette invitation a déjà servi : connectez-vous avec votre adresse et votre mot de passe.";
            case UNKNOWN -> "Ce code d’invitation n’est pas valide. Vérifiez qu’il a été copié en entier.";
        };
    }
}
