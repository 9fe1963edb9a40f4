package org.spplus.platform.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spplus.platform.core.security.SignIn;

class AnonymousSessionsTest {

    private static final int USUAL_MINUTES = 30;

    /** A session as the container keeps it: new or not, its attributes and idle timeout. */
    private static final class FakeSession {
        boolean isNew = true;
        int maxInactive = USUAL_MINUTES * 60;
        final Map<String, Object> attributes = new HashMap<>();

        HttpSession proxy() {
            return (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpSession.class},
                    (p, m, args) -> switch (m.getName()) {
                        case "isNew" -> isNew;
                        case "getMaxInactiveInterval" -> maxInactive;
                        case "setMaxInactiveInterval" -> {
                            maxInactive = (Integer) args[0];
                            yield null;
                        }
                        case "getAttribute" -> attributes.get(args[0]);
                        default -> throw new UnsupportedOperationException(m.getName());
                    });
        }
    }

    private static HttpServletRequest request(String method, FakeSession session) {
        ServletContext context = (ServletContext) Proxy.newProxyInstance(AnonymousSessionsTest.class.getClassLoader(),
                new Class<?>[] {ServletContext.class}, (p, m, args) -> {
                    if (m.getName().equals("getSessionTimeout")) {
                        return USUAL_MINUTES;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
        return (HttpServletRequest) Proxy.newProxyInstance(AnonymousSessionsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, args) -> switch (m.getName()) {
                    case "getSession" -> session == null ? null : session.proxy();
                    case "getMethod" -> method;
                    case "getServletContext" -> context;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    void aSessionOpenedByReadingAPageIsShort() {
        FakeSession session = new FakeSession();
        AnonymousSessions.adjust(request("GET", session), 300);
        assertThat(session.maxInactive).isEqualTo(300);
    }

    @Test
    void theFirstFormSentGivesTheUsualTimeout() {
        FakeSession session = new FakeSession();
        AnonymousSessions.adjust(request("GET", session), 300);
        session.isNew = false;
        AnonymousSessions.adjust(request("GET", session), 300);
        assertThat(session.maxInactive).as("reading again").isEqualTo(300);
        AnonymousSessions.adjust(request("POST", session), 300);
        assertThat(session.maxInactive).isEqualTo(USUAL_MINUTES * 60);
        AnonymousSessions.adjust(request("GET", session), 300);
        assertThat(session.maxInactive).as("stays usual").isEqualTo(USUAL_MINUTES * 60);
    }

    @Test
    void signedInPeopleAndRequestsWithoutSessionAreLeftAlone() {
        FakeSession signedIn = new FakeSession();
        signedIn.attributes.put(SignIn.SIGNED_IN_AT, 1L);
        AnonymousSessions.adjust(request("GET", signedIn), 300);
        assertThat(signedIn.maxInactive).isEqualTo(USUAL_MINUTES * 60);
        AnonymousSessions.adjust(request("GET", null), 300); // no session: nothing to do, nothing thrown
    }

    @Test
    void aShortUsualTimeoutIsNotLengthened() {
        FakeSession session = new FakeSession();
        AnonymousSessions.adjust(request("GET", session), 3_600);
        assertThat(session.maxInactive).isEqualTo(USUAL_MINUTES * 60);
    }
}
