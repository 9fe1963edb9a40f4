package org.spplus.platform.core.web.account;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import org.spplus.platform.core.account.CitizenAccounts;
import org.spplus.platform.core.account.Invitations;
import org.spplus.platform.core.security.SignIn;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.core.web.Forms;

/**
 * The pages reached from a link sent by mail: e-mail confirmation, forgotten and new password, agent
 * invitation. The token comes from the link ({@code jeton}) or, for invitations, can be typed. Kept for
 * the view: what a page looked up on arrival (the invitation) is still there when its form is sent back.
 */
@Named
@ViewScoped
public class TokenPages implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CitizenAccounts accounts;

    @Inject
    Invitations invitations;

    @Inject
    SignIn signIn;

    @Inject
    Forms forms;

    private String token;
    private String email;
    private String password;
    private String passwordConfirmation;
    private String problem;
    private boolean done;
    private Invitations.Invitation invitation;

    /** Confirmation link: says at once if it cannot be used; the button confirms. */
    public void checkConfirmationLink() {
        problem = accounts.confirmationLinkProblem(token).orElse(null);
    }

    public void confirmEmail() {
        try {
            accounts.confirm(token);
            done = true;
        } catch (InvalidInput e) {
            problem = String.join(" ", e.problems().values());
        }
    }

    public void requestReset() {
        try {
            accounts.requestPasswordReset(email);
            done = true;
        } catch (InvalidInput e) {
            forms.show("oubli", e);
        }
    }

    /** New-password link: says at once if it cannot be used. */
    public void checkResetLink() {
        problem = accounts.resetLinkProblem(token).orElse(null);
    }

    public void resetPassword() {
        try {
            accounts.resetPassword(token, password, passwordConfirmation);
            done = true;
        } catch (InvalidInput e) {
            forms.show("nouveau", e);
        } finally {
            password = null;
            passwordConfirmation = null;
        }
    }

    /** Invitation link or typed code: shows who is invited where. */
    public void lookInvitation() {
        if (token == null || token.isBlank()) {
            return;
        }
        try {
            invitation = invitations.look(token.strip());
            problem = null;
        } catch (InvalidInput e) {
            invitation = null;
            problem = String.join(" ", e.problems().values());
        }
    }

    public void acceptInvitation() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            Invitations.Accepted accepted = invitations.accept(token.strip(), password, passwordConfirmation);
            signIn.establish(accepted.accountId(), "invitation", (HttpServletRequest) external.getRequest(),
                    (HttpServletResponse) external.getResponse());
            external.redirect(external.getRequestContextPath() + "/t/" + accepted.tenantPath() + "/");
        } catch (InvalidInput e) {
            lookInvitation();
            forms.show("invitation", e);
        } finally {
            password = null;
            passwordConfirmation = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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

    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation;
    }

    public String getProblem() {
        return problem;
    }

    public boolean isDone() {
        return done;
    }

    public Invitations.Invitation getInvitation() {
        return invitation;
    }
}
