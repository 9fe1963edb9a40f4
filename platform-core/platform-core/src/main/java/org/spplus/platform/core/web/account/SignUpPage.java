package org.spplus.platform.core.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.spplus.platform.core.account.CitizenAccounts;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.core.web.Forms;

/** Creating an account: the person then receives a confirmation link. */
@Named
@RequestScoped
public class SignUpPage {

    @Inject
    CitizenAccounts accounts;

    @Inject
    Forms forms;

    private String email;
    private String displayName;
    private String password;
    private String passwordConfirmation;
    private boolean termsAccepted;
    private boolean done;

    public void signUp() {
        try {
            accounts.signUp(new CitizenAccounts.SignUp(email, displayName, password, passwordConfirmation, termsAccepted));
            done = true;
        } catch (InvalidInput e) {
            forms.show("inscription", e);
        } finally {
            password = null;
            passwordConfirmation = null;
        }
    }

    public boolean isDone() {
        return done;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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

    public boolean isTermsAccepted() {
        return termsAccepted;
    }

    public void setTermsAccepted(boolean termsAccepted) {
        this.termsAccepted = termsAccepted;
    }
}
