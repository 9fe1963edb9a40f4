package org.spplus.platform.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.spplus.platform.api.persistence.Persistence;

/** Finds accounts and checks passwords. */
@ApplicationScoped
public class AccountDirectory {

    /** A dummy hash checked when no account matches, so that a wrong address takes as long as a wrong password. */
    private volatile String decoyHash;

    @Inject
    Persistence persistence;

    @Inject
    PasswordHashing passwords;

    @Inject
    org.spplus.platform.api.audit.AuditLog audit;

    /** The account using this address (erased accounts excluded). */
    @Transactional
    public Optional<Account> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return persistence.platform().createQuery("select a from Account a where lower(a.email) = :email "
                        + "and a.status <> org.spplus.platform.core.account.Account.Status.DELETED", Account.class)
                .setParameter("email", Account.normalizeEmail(email)).getResultStream().findFirst();
    }

    /** The account if the password is its own; empty otherwise (same cost either way). */
    @Transactional
    public Optional<Account> withPassword(String email, char[] password) {
        Optional<Account> account = byEmail(email);
        if (account.isEmpty() || account.get().getPasswordHash() == null) {
            passwords.verify(password, decoy());
            return Optional.empty();
        }
        return passwords.verify(password, account.get().getPasswordHash()) ? account : Optional.empty();
    }

    @Transactional
    public void recordSignIn(long accountId, String method) {
        Account account = persistence.platform().find(Account.class, accountId);
        account.recordLogin();
        audit.record("compte.connexion", "compte", String.valueOf(accountId), java.util.Map.of("methode", method));
    }

    private String decoy() {
        String hash = decoyHash;
        if (hash == null) {
            hash = passwords.hash("leurre-pour-egaliser-les-temps".toCharArray());
            decoyHash = hash;
        }
        return hash;
    }
}
