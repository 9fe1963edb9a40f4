package org.spplus.platform.core.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.api.security.Roles;
import org.spplus.platform.api.security.UserRef;
import org.spplus.platform.core.security.SignOut;

/** The header's account tools: who is signed in, their spaces, sign-out. */
@Named
@RequestScoped
public class AccountMenu {

    @Inject
    CurrentUser user;

    @Inject
    SignOut signOut;

    @Inject
    org.spplus.platform.core.security.Memberships memberships;

    private Optional<UserRef> signedIn;
    private List<org.spplus.platform.core.security.Memberships.Membership> spaces;

    @PostConstruct
    void prepare() {
        signedIn = user.get();
        spaces = signedIn.isPresent() ? memberships.ofCurrentAccount() : List.of();
    }

    public boolean isSignedIn() {
        return signedIn.isPresent();
    }

    public String getName() {
        return signedIn.map(UserRef::displayName).orElse(null);
    }

    public List<org.spplus.platform.core.security.Memberships.Membership> getSpaces() {
        return spaces;
    }

    public boolean isPlatformAdmin() {
        return user.hasRole(Roles.PLATFORM_ADMIN);
    }

    public boolean isModerator() {
        return user.hasRole(Roles.MODERATOR);
    }

    /** Ends the session (and the identity provider's, if the person came through one). */
    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String next = signOut.signOut((HttpServletRequest) external.getRequest());
        external.redirect(next.startsWith("http") ? next : external.getRequestContextPath() + next);
    }
}
