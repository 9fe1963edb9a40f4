package org.spplus.platform.core.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.spplus.platform.api.security.Contribution;
import org.spplus.platform.api.security.ContributionSource;
import org.spplus.platform.api.security.UserRef;
import org.spplus.platform.core.account.CitizenAccounts;
import org.spplus.platform.core.security.AccessControl;
import org.spplus.platform.core.security.SignIn;
import org.spplus.platform.api.validation.InvalidInput;
import org.spplus.platform.core.web.Forms;

/** A person's account page: name, password, contributions, erasure. */
@Named
@RequestScoped
public class AccountPage {

    @Inject
    AccessControl access;

    @Inject
    CitizenAccounts accounts;

    @Inject
    SignIn signIn;

    @Inject
    Forms forms;

    @Inject
    @Any
    Instance<ContributionSource> sources;

    private UserRef user;
    private String displayName;
    private String currentPassword;
    private String newPassword;
    private String newPasswordConfirmation;
    private String erasureConfirmation;
    private List<Contribution> contributions;

    @PostConstruct
    void prepare() {
        user = access.requireSignedIn();
        displayName = user.displayName();
    }

    public String rename() {
        try {
            accounts.rename(user.accountId(), displayName);
            return forms.confirmAndReload("Votre nom a été modifié.");
        } catch (InvalidInput e) {
            forms.show("profil", e);
            return null;
        }
    }

    public String changePassword() {
        try {
            accounts.changePassword(user.accountId(), currentPassword, newPassword, newPasswordConfirmation);
            return forms.confirmAndReload("Votre mot de passe a été changé.");
        } catch (InvalidInput e) {
            forms.show("motdepasse", e);
            return null;
        } finally {
            currentPassword = null;
            newPassword = null;
            newPasswordConfirmation = null;
        }
    }

    public void erase() throws IOException {
        try {
            accounts.erase(user.accountId(), erasureConfirmation);
        } catch (InvalidInput e) {
            forms.show("suppression", e);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        signIn.signOut((HttpServletRequest) external.getRequest());
        external.redirect(external.getRequestContextPath() + "/?compte-supprime");
    }

    /** Everything the person contributed, across plugins, newest first. */
    public List<Contribution> getContributions() {
        if (contributions == null) {
            List<Contribution> all = new ArrayList<>();
            sources.forEach(source -> all.addAll(source.contributionsOf(user.accountId())));
            all.sort(Comparator.comparing(Contribution::date, Comparator.nullsLast(Comparator.reverseOrder())));
            contributions = List.copyOf(all);
        }
        return contributions;
    }

    public UserRef getUser() {
        return user;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordConfirmation() {
        return newPasswordConfirmation;
    }

    public void setNewPasswordConfirmation(String newPasswordConfirmation) {
        this.newPasswordConfirmation = newPasswordConfirmation;
    }

    public String getErasureConfirmation() {
        return erasureConfirmation;
    }

    public void setErasureConfirmation(String erasureConfirmation) {
        this.erasureConfirmation = erasureConfirmation;
    }
}
