package org.spplus.platform.core.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.spplus.platform.core.security.Memberships;
import org.spplus.platform.core.security.SignIn;
import org.spplus.platform.core.security.oidc.OidcLoginServlet;
import org.spplus.platform.core.security.oidc.OidcProvider;
import org.spplus.platform.core.security.oidc.OidcProviders;
import org.spplus.platform.core.web.LocalRedirects;

/** The sign-in page: address and password, or an identity provider. */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    SignIn signIn;

    @Inject
    OidcProviders providers;

    @Inject
    Memberships memberships;

    private String email;
    private String password;
    private String returnTo;
    private String error;

    public void signIn() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        SignIn.Result result = signIn.withPassword(email == null ? "" : email.strip(),
                password == null ? new char[0] : password.toCharArray(),
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
        password = null;
        String message = switch (result.outcome()) {
            case SIGNED_IN -> null;
            case WRONG_CREDENTIALS -> "Adresse électronique ou mot de passe incorrect.";
            case LOCKED -> "Trop de tentatives de connexion. Pour votre sécurité, réessayez dans "
                    + minutesUntil(result.lockedUntil()) + " minutes, ou réinitialisez votre mot de passe.";
            case UNCONFIRMED -> "Votre adresse électronique n’est pas encore confirmée : ouvrez le lien reçu par courriel.";
            case DISABLED -> "Ce compte est désactivé.";
        };
        if (message != null) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            context.validationFailed();
            return;
        }
        external.redirect(external.getRequestContextPath() + memberships.landingPath(result.accountId(), returnTo));
    }

    private static long minutesUntil(OffsetDateTime until) {
        return Math.max(1, Duration.between(OffsetDateTime.now(), until).toMinutes() + 1);
    }

    public boolean isFranceConnect() {
        return providers.isEnabled(OidcProvider.FRANCECONNECT);
    }

    public boolean isProConnect() {
        return providers.isEnabled(OidcProvider.PROCONNECT);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = LocalRedirects.safe(returnTo);
    }

    /** Why the last identity-provider sign-in failed, shown once. */
    public String getError() {
        if (error == null) {
            HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
            if (session != null && session.getAttribute(OidcLoginServlet.FAILURE) instanceof String failure) {
                session.removeAttribute(OidcLoginServlet.FAILURE);
                error = failure;
            }
        }
        return error;
    }
}
