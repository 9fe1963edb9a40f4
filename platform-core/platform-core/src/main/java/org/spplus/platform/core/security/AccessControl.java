package org.spplus.platform.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.spplus.platform.api.security.AccessDeniedException;
import org.spplus.platform.api.security.AuthenticationRequiredException;
import org.spplus.platform.api.security.CurrentUser;
import org.spplus.platform.api.security.UserRef;

/**
 * Authorisation checks, called by boundary services (not only by pages): the rule holds whatever the
 * way in. Work the platform does by itself (loading definitions, scheduled jobs) runs {@link #asSystem}.
 */
@ApplicationScoped
public class AccessControl {

    private static final ThreadLocal<Boolean> SYSTEM = new ThreadLocal<>();

    @Inject
    CurrentUser user;

    /** Runs work on behalf of the platform itself, which every check lets through. */
    public static <T> T asSystem(Callable<T> work) throws Exception {
        Boolean previous = SYSTEM.get();
        SYSTEM.set(Boolean.TRUE);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                SYSTEM.remove();
            } else {
                SYSTEM.set(previous);
            }
        }
    }

    public static boolean isSystem() {
        return Boolean.TRUE.equals(SYSTEM.get());
    }

    /** The signed-in person; refuses anonymous callers. */
    public UserRef requireSignedIn() {
        return user.get().orElseThrow(AuthenticationRequiredException::new);
    }

    /** Refuses unless the caller holds one of the roles (tenant roles in the current tenant). */
    public void require(String... anyOfRoles) {
        if (isSystem()) {
            return;
        }
        requireSignedIn();
        if (Arrays.stream(anyOfRoles).noneMatch(user::hasRole)) {
            throw new AccessDeniedException("Vous n'avez pas les droits nécessaires pour cette action.");
        }
    }

    public boolean holds(String role) {
        return isSystem() || user.hasRole(role);
    }
}
