package org.spplus.platform.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spplus.platform.api.audit.AuditLog;
import org.spplus.platform.api.mail.MailOutbox;
import org.spplus.platform.api.persistence.Persistence;
import org.spplus.platform.api.security.AccountErased;
import org.spplus.platform.api.security.Roles;
import org.spplus.platform.core.mail.Mails;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.api.validation.Inputs;

/**
 * What a person does with their own account: create it (confirmed by mail), reset a forgotten password,
 * change their name or password, erase it. Answers never reveal whether an address has an account.
 */
@ApplicationScoped
public class CitizenAccounts {

    static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);

    /** What the sign-up form holds. */
    public record SignUp(String email, String displayName, String password, String passwordConfirmation,
                         boolean termsAccepted) {
    }

    @Inject
    Persistence persistence;

    @Inject
    AccountDirectory directory;

    @Inject
    PasswordHashing passwords;

    @Inject
    OneTimeTokens tokens;

    @Inject
    MailOutbox outbox;

    @Inject
    Mails mails;

    @Inject
    AuditLog audit;

    @Inject
    Event<AccountErased> erasedEvents;

    @Inject
    LoginThrottle throttle;

    /**
     * Creates a pending account and mails the confirmation link. An address already in use gets a
     * reminder instead, and the person sees the same answer.
     */
    @Transactional
    public void signUp(SignUp form) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String email = Inputs.trimmed(form.email());
        if (!Inputs.isEmail(email)) {
            problems.add("email", "Indiquez une adresse électronique valide, par exemple nom@exemple.fr.");
        }
        String name = Inputs.requiredText(problems, "displayName", form.displayName(), 60,
                "le nom sous lequel vous apparaîtrez (un pseudonyme convient)");
        checkNewPassword(problems, form.password(), form.passwordConfirmation(), email);
        if (!form.termsAccepted()) {
            problems.add("terms", "Acceptez les conditions d’utilisation pour créer un compte.");
        }
        problems.throwIfAny();

        Optional<Account> existing = directory.byEmail(email);
        if (existing.isPresent()) {
            if (existing.get().getStatus() == Account.Status.PENDING) {
                sendConfirmation(existing.get());
            }
            return; // same answer: no way to learn that the address has an account
        }
        Account account = new Account(email, name);
        account.setPasswordHash(passwords.hash(form.password().toCharArray()));
        account.setPlatformRoles(java.util.Set.of(Roles.CITIZEN));
        account.setStatus(Account.Status.PENDING);
        persistence.platform().persist(account);
        persistence.platform().flush();
        audit.record("compte.cree", "compte", String.valueOf(account.getId()));
        sendConfirmation(account);
    }

    private void sendConfirmation(Account account) {
        String secret = tokens.issue(OneTimeToken.Purpose.EMAIL_CONFIRMATION, account.getId(), null, Map.of(),
                CONFIRMATION_VALIDITY);
        outbox.enqueue(mails.compose(account.getEmail(), "confirmation", new Object[0], account.getDisplayName(),
                mails.link("/confirmation-adresse?jeton=" + secret), CONFIRMATION_VALIDITY.toHours()));
    }

    /** Confirms the address behind the link; returns the account then active. */
    @Transactional
    public long confirm(String secret) {
        OneTimeTokens.Redeemed redeemed = tokens.redeem(OneTimeToken.Purpose.EMAIL_CONFIRMATION, secret);
        if (!redeemed.ok()) {
            throw InvalidInput.of("", confirmationProblem(redeemed.problem()));
        }
        Account account = persistence.platform().find(Account.class, redeemed.token().getAccountId());
        account.confirmEmail();
        if (account.getStatus() == Account.Status.PENDING) {
            account.activate();
        }
        audit.record("compte.confirme", "compte", String.valueOf(account.getId()));
        return account.getId();
    }

    /**
     * Whether a confirmation link can still be used. Opening the link only shows a button: mail filters
     * that open every link of a message must not use it up.
     */
    public Optional<String> confirmationLinkProblem(String secret) {
        OneTimeTokens.Redeemed peeked = tokens.peek(OneTimeToken.Purpose.EMAIL_CONFIRMATION, secret);
        return peeked.ok() ? Optional.empty() : Optional.of(confirmationProblem(peeked.problem()));
    }

    private static String confirmationProblem(OneTimeTokens.Problem problem) {
        return switch (problem) {
            case EXPIRED -> "Ce lien de confirmation a expiré. Créez à nouveau votre compte pour recevoir un nouveau lien.";
            case ALREADY_USED -> "Ce lien a déjà servi : votre adresse est confirmée, vous pouvez vous connecter.";
            case UNKNOWN -> "Ce lien de confirmation n’est pas valide. Vérifiez qu’il a été copié en entier.";
        };
    }

    /** Mails a reset link if the address has an active account; says nothing either way. */
    @Transactional
    public void requestPasswordReset(String email) {
        if (!Inputs.isEmail(Inputs.trimmed(email))) {
            throw InvalidInput.of("email", "Indiquez une adresse électronique valide, par exemple nom@exemple.fr.");
        }
        directory.byEmail(email).filter(Account::isActive).ifPresent(account -> {
            String secret = tokens.issue(OneTimeToken.Purpose.PASSWORD_RESET, account.getId(), null, Map.of(),
                    RESET_VALIDITY);
            outbox.enqueue(mails.compose(account.getEmail(), "reset", new Object[0], account.getDisplayName(),
                    mails.link("/mot-de-passe/nouveau?jeton=" + secret)));
            audit.record("compte.mot-de-passe.demande", "compte", String.valueOf(account.getId()));
        });
    }

    /** Whether a reset link can still be used (to show the form or say why not). */
    public Optional<String> resetLinkProblem(String secret) {
        OneTimeTokens.Redeemed peeked = tokens.peek(OneTimeToken.Purpose.PASSWORD_RESET, secret);
        return peeked.ok() ? Optional.empty() : Optional.of(linkProblem(peeked.problem()));
    }

    /** Sets a new password through a reset link (used once). */
    @Transactional
    public void resetPassword(String secret, String password, String confirmation) {
        OneTimeTokens.Redeemed redeemed = tokens.redeem(OneTimeToken.Purpose.PASSWORD_RESET, secret);
        if (!redeemed.ok()) {
            throw InvalidInput.of("", linkProblem(redeemed.problem()));
        }
        Account account = persistence.platform().find(Account.class, redeemed.token().getAccountId());
        InvalidInput.Collector problems = new InvalidInput.Collector();
        checkNewPassword(problems, password, confirmation, account.getEmail());
        problems.throwIfAny();
        account.setPasswordHash(passwords.hash(password.toCharArray()));
        audit.record("compte.mot-de-passe.reinitialise", "compte", String.valueOf(account.getId()));
    }

    @Transactional
    public void changePassword(long accountId, String current, String password, String confirmation) {
        Account account = persistence.platform().find(Account.class, accountId);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (account.getPasswordHash() != null
                && !passwords.verify(current == null ? new char[0] : current.toCharArray(), account.getPasswordHash())) {
            problems.add("current", "Le mot de passe actuel est incorrect.");
        }
        checkNewPassword(problems, password, confirmation, account.getEmail());
        problems.throwIfAny();
        account.setPasswordHash(passwords.hash(password.toCharArray()));
        audit.record("compte.mot-de-passe.change", "compte", String.valueOf(accountId));
    }

    @Transactional
    public void rename(long accountId, String displayName) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String name = Inputs.requiredText(problems, "displayName", displayName, 60, "votre nom ou un pseudonyme");
        problems.throwIfAny();
        Account account = persistence.platform().find(Account.class, accountId);
        account.setDisplayName(name);
        audit.record("compte.renomme", "compte", String.valueOf(accountId));
    }

    /**
     * Erases the account: personal data gone, published contributions kept as "un usager" (plugins do
     * their part on {@link AccountErased}), a last mail to say it is done.
     */
    @Transactional
    public void erase(long accountId, String confirmationWord) {
        if (!"SUPPRIMER".equalsIgnoreCase(Inputs.trimmed(confirmationWord))) {
            throw InvalidInput.of("confirmation", "Écrivez SUPPRIMER pour confirmer la suppression de votre compte.");
        }
        Account account = persistence.platform().find(Account.class, accountId);
        String email = account.getEmail();
        outbox.enqueue(mails.compose(email, "erased", new Object[0]));
        persistence.platform().createQuery("delete from AccountLink l where l.accountId = :id")
                .setParameter("id", accountId).executeUpdate();
        persistence.platform().createQuery("delete from OneTimeToken t where t.accountId = :id")
                .setParameter("id", accountId).executeUpdate();
        throttle.succeeded(email); // the failure counter is keyed by the address: it goes too
        erasedEvents.fire(new AccountErased(accountId));
        account.erase();
        audit.record("compte.supprime", "compte", String.valueOf(accountId));
    }

    static void checkNewPassword(InvalidInput.Collector problems, String password, String confirmation, String email) {
        List<String> policy = PasswordPolicy.problems(password, email);
        if (!policy.isEmpty()) {
            problems.add("password", String.join(" ", policy));
        } else if (!password.equals(confirmation)) {
            problems.add("passwordConfirmation", "Les deux mots de passe ne sont pas identiques.");
        }
    }

    private static String linkProblem(OneTimeTokens.Problem problem) {
        return switch (problem) {
            case EXPIRED -> "Ce lien a expiré (il vaut une heure). Demandez-en un nouveau.";
            case ALREADY_USED -> "Ce lien a déjà servi. Demandez-en un nouveau si besoin.";
            case UNKNOWN -> "Ce lien n’est pas valide. Vérifiez qu’il a été copié en entier, ou demandez-en un nouveau.";
        };
    }
}
