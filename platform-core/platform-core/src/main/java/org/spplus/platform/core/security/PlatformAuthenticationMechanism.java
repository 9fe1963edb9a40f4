package org.spplus.platform.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * The platform's Jakarta Security mechanism. Anonymous visitors pass (what needs an account is checked by
 * the routing filter and by services); a {@link VerifiedAccount} given by the sign-in code becomes the
 * caller, kept in the session ({@link AutoApplySession}).
 */
@ApplicationScoped
@AutoApplySession
public class PlatformAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    AccountRoles roles;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() instanceof VerifiedAccount verified) {
            Optional<AccountRoles.AccountState> account = roles.account(verified.accountId())
                    .filter(AccountRoles.AccountState::active);
            if (account.isEmpty()) {
                return context.doNothing(); // the sign-in code reports the refusal itself
            }
            AccountRoles.AccountState a = account.get();
            return context.notifyContainerAboutLogin(new AccountPrincipal(a.id(), a.email(), a.displayName()),
                    a.platformRoles());
        }
        return context.doNothing();
    }
}
