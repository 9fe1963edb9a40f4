package org.spplus.platform.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.spplus.platform.core.account.Account;
import org.spplus.platform.core.account.AccountDirectory;
import org.spplus.platform.core.account.LoginThrottle;
import org.spplus.platform.core.config.CoreSetting;
import org.spplus.platform.core.config.Settings;
import org.spplus.platform.core.web.ClientAddress;

/**
 * Signing in and out: password check with throttling, a new session id at sign-in (no session fixation),
 * the start time kept for the absolute session limit, an audit line.
 */
@ApplicationScoped
public class SignIn {

    /** The session attribute holding when the person signed in. */
    public static final String SIGNED_IN_AT = "spplus.signedInAt";

    public enum Outcome { SIGNED_IN, WRONG_CREDENTIALS, LOCKED, UNCONFIRMED, DISABLED }

    /** How a sign-in went; the account when it succeeded. */
    public record Result(Outcome outcome, OffsetDateTime lockedUntil, Long accountId) {
        static Result of(Outcome outcome) {
            return new Result(outcome, null, null);
        }
    }

    @Inject
    SecurityContext security;

    @Inject
    AccountDirectory accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    Settings settings;

    public Result withPassword(String email, char[] password, HttpServletRequest request, HttpServletResponse response) {
        String address = new ClientAddress(settings.get(CoreSetting.TRUSTED_PROXIES))
                .of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        Optional<OffsetDateTime> locked = throttle.lockedUntil(email, address);
        if (locked.isPresent()) {
            return new Result(Outcome.LOCKED, locked.get(), null);
        }
        Optional<Account> account = accounts.withPassword(email, password);
        java.util.Arrays.fill(password, '\0');
        if (account.isEmpty()) {
            throttle.failed(email, address);
            return Result.of(Outcome.WRONG_CREDENTIALS);
        }
        switch (account.get().getStatus()) {
            case PENDING -> {
                return Result.of(Outcome.UNCONFIRMED);
            }
            case DISABLED, DELETED -> {
                return Result.of(Outcome.DISABLED);
            }
            default -> {
                // active
            }
        }
        throttle.succeeded(email);
        return establish(account.get().getId(), "mot-de-passe", request, response);
    }

    /** Makes the verified account the caller, in a session with a new id. */
    public Result establish(long accountId, String method, HttpServletRequest request, HttpServletResponse response) {
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = security.authenticate(request, response,
                AuthenticationParameters.withParams().credential(new VerifiedAccount(accountId, method)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            return Result.of(Outcome.DISABLED);
        }
        request.getSession().setAttribute(SIGNED_IN_AT, System.currentTimeMillis());
        accounts.recordSignIn(accountId, method);
        return new Result(Outcome.SIGNED_IN, null, accountId);
    }

    /** Ends the session. */
    public void signOut(HttpServletRequest request) {
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException ignored) {
            // the session is invalidated below anyway
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
