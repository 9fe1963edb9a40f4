package org.spplus.platform.core.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.spplus.platform.core.security.SignIn;

/**
 * Keeps short the sessions that only reading opened. Every Faces page opens a session (the view map that
 * PrimeFaces' CSP nonces live in is kept there), so that each visit of a crawler or a reader without cookies
 * would hold memory for the whole idle timeout: a session opened by a GET of someone not signed in ends after
 * a short idle time; the first form sent (or the sign-in) gives it the usual idle timeout of the application.
 */
final class AnonymousSessions {

    private AnonymousSessions() {
    }

    static void adjust(HttpServletRequest request, int anonymousIdleSeconds) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        try {
            int usual = request.getServletContext().getSessionTimeout() * 60;
            boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
            if (reading) {
                if (session.isNew() && session.getAttribute(SignIn.SIGNED_IN_AT) == null && usual > anonymousIdleSeconds) {
                    session.setMaxInactiveInterval(anonymousIdleSeconds);
                }
            } else if (session.getMaxInactiveInterval() < usual) {
                session.setMaxInactiveInterval(usual);
            }
        } catch (IllegalStateException invalidated) {
            // signed out during this request
        }
    }
}
