package org.spplus.plugin.experiences.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.spplus.platform.api.security.AccessDeniedException;
import org.spplus.platform.api.security.AuthenticationRequiredException;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.api.security.Roles;

/** Refuses anyone but the platform's moderators (anonymous callers are sent to sign in). */
@ApplicationScoped
public class ModeratorCheck {

    @Inject
    CurrentUser user;

    /** The moderator's account id. */
    public long require() {
        if (user.get().isEmpty()) {
            throw new AuthenticationRequiredException();
        }
        if (!user.hasRole(Roles.MODERATOR)) {
            throw new AccessDeniedException("La modération est réservée aux modérateurs de la plateforme.");
        }
        return user.get().get().accountId();
    }
}
