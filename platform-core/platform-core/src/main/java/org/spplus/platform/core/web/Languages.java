package org.spplus.platform.core.web;

import jakarta.faces.context.ExternalContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;

/** The platform speaks French first; English when the visitor chose it (remembered in a cookie). */
public final class Languages {

    public static final String COOKIE = "spplus-langue";
    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Languages() {
    }

    public static Locale of(ExternalContext context) {
        Map<String, Object> cookies = context.getRequestCookieMap();
        Object cookie = cookies.get(COOKIE);
        if (cookie instanceof Cookie c && "en".equals(c.getValue())) {
            return ENGLISH;
        }
        return FRENCH;
    }

    public static Locale of(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName()) && "en".equals(c.getValue())) {
                    return ENGLISH;
                }
            }
        }
        return FRENCH;
    }
}
